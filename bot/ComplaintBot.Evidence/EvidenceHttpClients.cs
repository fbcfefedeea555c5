namespace ComplaintBot.Evidence;

/// <summary>Names of the outbound <see cref="System.Net.Http.HttpClient"/>s this project registers.</summary>
public static class EvidenceHttpClients
{
    /// <summary>
    /// The evidence download client: no automatic redirects, no proxy, no cookies, connections only to checked
    /// addresses, and the resilience of <see cref="EvidenceHttpClientBuilderExtensions.AddComplaintResilience"/>.
    /// </summary>
    public const string Evidence = "ComplaintBot.Evidence";

    /// <summary>
    /// The same client for requests exempt from the address check (the activity's service host, the allowed hosts),
    /// with a connection pool of its own. A connection opened under an exemption may reach a private address, so it
    /// must never carry a request that was checked without one; with separate pools it is still reused by the next
    /// exempt download instead of being closed after every file.
    /// </summary>
    public const string EvidenceExempt = "ComplaintBot.Evidence.Exempt";
}
