namespace ComplaintBot.Evidence;

/// <summary>Names of the outbound <see cref="System.Net.Http.HttpClient"/>s this project registers.</summary>
public static class EvidenceHttpClients
{
    /// <summary>
    /// The evidence download client: no automatic redirects, no proxy, no cookies, connections only to checked
    /// addresses, and the resilience of <see cref="EvidenceHttpClientBuilderExtensions.AddComplaintResilience"/>.
    /// </summary>
    public const string Evidence = "ComplaintBot.Evidence";
}
