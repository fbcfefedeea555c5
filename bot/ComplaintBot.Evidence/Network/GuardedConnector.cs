using System.Net;
using System.Net.Sockets;

namespace ComplaintBot.Evidence.Network;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the evidence client: connects to the addresses the
/// downloader checked. A request that arrives without them (another caller, a lost option) is resolved and checked
/// here with no exemption, so the handler can never reach a private address by accident.
/// </summary>
internal sealed class GuardedConnector(HostGuard guard)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var endpoint = context.DnsEndPoint;
        IReadOnlyList<IPAddress> addresses =
            context.InitialRequestMessage.Options.TryGetValue(PinnedAddresses.Key, out var pinned)
            && string.Equals(pinned.Host.Trim('[', ']'), endpoint.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)
                ? pinned.Addresses
                : await guard.ResolveCheckedAsync(endpoint.Host, exempt: false, cancellationToken).ConfigureAwait(false);

        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
