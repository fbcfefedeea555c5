using System.Net.Sockets;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// The socket handler behind Bot Connector calls. Its one addition to the defaults is a connect timeout that
/// fails as a connection error, so <see cref="DeliveryFailure"/> can tell "never connected, nothing sent" (safe to
/// post again) from "sent and no answer yet" (not safe).
/// </summary>
internal static class ConnectorConnections
{
    /// <summary>Creates the primary handler of the connector's HTTP client.</summary>
    /// <param name="connectTimeout">How long opening a connection may take.</param>
    /// <param name="timeProvider">The clock for that timeout.</param>
    /// <returns>A new handler.</returns>
    public static SocketsHttpHandler CreateHandler(TimeSpan connectTimeout, TimeProvider timeProvider) =>
        CreateHandler(connectTimeout, timeProvider, ConnectSocketAsync);

    /// <summary>The same handler over another way of opening connections (tests use one that never completes).</summary>
    internal static SocketsHttpHandler CreateHandler(TimeSpan connectTimeout, TimeProvider timeProvider, Func<System.Net.DnsEndPoint, CancellationToken, ValueTask<Stream>> connect) => new()
    {
        // Channels move behind DNS (regional Teams endpoints); a pooled connection must not outlive that forever.
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, connect, connectTimeout, timeProvider, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectAsync(
        System.Net.DnsEndPoint endPoint,
        Func<System.Net.DnsEndPoint, CancellationToken, ValueTask<Stream>> connect,
        TimeSpan timeout,
        TimeProvider timeProvider,
        CancellationToken cancellationToken)
    {
        using var limit = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        try
        {
            return await connect(endPoint, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Not a cancellation: the handler reports any other exception from here as HttpRequestError.ConnectionError.
            throw new TimeoutException($"Connecting to the channel took longer than {timeout}.");
        }
    }

    private static async ValueTask<Stream> ConnectSocketAsync(System.Net.DnsEndPoint endPoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
