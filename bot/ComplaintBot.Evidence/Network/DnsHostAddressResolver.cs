using System.Net;

namespace ComplaintBot.Evidence.Network;

/// <summary>Resolves host names through the system resolver.</summary>
public sealed class DnsHostAddressResolver : IHostAddressResolver
{
    /// <inheritdoc />
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(host);
        return Dns.GetHostAddressesAsync(host, cancellationToken);
    }
}
