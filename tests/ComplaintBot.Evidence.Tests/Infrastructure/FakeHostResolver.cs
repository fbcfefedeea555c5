using System.Collections.Concurrent;
using System.Net;
using ComplaintBot.Evidence.Network;

namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>Resolves names from a table, so tests never ask a real DNS server; unknown names do not resolve.</summary>
public sealed class FakeHostResolver : IHostAddressResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[]> table = new(StringComparer.OrdinalIgnoreCase);

    public int Calls => calls;

    private int calls;

    public FakeHostResolver Add(string host, params string[] addresses)
    {
        table[host] = [.. addresses.Select(IPAddress.Parse)];
        return this;
    }

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(table.TryGetValue(host, out var addresses) ? addresses : []);
    }
}
