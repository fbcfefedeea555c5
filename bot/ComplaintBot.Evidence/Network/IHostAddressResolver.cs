using System.Net;

namespace ComplaintBot.Evidence.Network;

/// <summary>Resolves a host name to addresses. A seam so tests can make a public name resolve to a private address.</summary>
public interface IHostAddressResolver
{
    /// <summary>Resolves a host name.</summary>
    /// <param name="host">The host name (never an address literal).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The addresses; empty when the name does not resolve.</returns>
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
