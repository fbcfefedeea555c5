using System.Net;

namespace ComplaintBot.Evidence.Network;

/// <summary>
/// The addresses a request's host was checked against, handed to the connect callback on the request so the
/// connection goes to exactly those addresses: a second DNS answer (rebinding) never gets a say.
/// </summary>
/// <param name="Host">The host the addresses belong to.</param>
/// <param name="Addresses">The checked addresses.</param>
internal sealed record PinnedAddresses(string Host, IReadOnlyList<IPAddress> Addresses)
{
    public static readonly HttpRequestOptionsKey<PinnedAddresses> Key = new("ComplaintBot.Evidence.PinnedAddresses");
}
