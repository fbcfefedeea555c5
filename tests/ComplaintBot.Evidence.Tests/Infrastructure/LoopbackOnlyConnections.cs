using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using ComplaintBot.Evidence.Network;

namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>
/// Wraps the evidence clients' connect callback so a test never leaves the machine: a connection to checked
/// addresses that are not loopback fails at once (as an unreachable network would) and is recorded, so a test can
/// pretend a name resolves publicly and still see whether the client tried to open a connection of its own.
/// </summary>
public sealed class LoopbackOnlyConnections
{
    /// <summary>Gets the addresses connections were refused to, in order.</summary>
    public ConcurrentQueue<IPAddress> Refused { get; } = new();

    public void Wrap(SocketsHttpHandler handler)
    {
        var connect = handler.ConnectCallback ?? throw new InvalidOperationException("The evidence handler has no connect callback.");
        handler.ConnectCallback = (context, cancellationToken) =>
        {
            if (context.InitialRequestMessage.Options.TryGetValue(PinnedAddresses.Key, out var pinned)
                && pinned.Addresses.FirstOrDefault(a => !IPAddress.IsLoopback(a)) is { } outside)
            {
                Refused.Enqueue(outside);
                throw new SocketException((int)SocketError.NetworkUnreachable);
            }

            return connect(context, cancellationToken);
        };
    }
}
