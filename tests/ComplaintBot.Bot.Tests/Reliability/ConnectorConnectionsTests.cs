using System.Net;
using System.Net.Sockets;
using ComplaintBot.Bot.Adapter;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace ComplaintBot.Bot.Tests.Reliability;

public sealed class ConnectorConnectionsTests
{
    [Fact]
    public async Task Post_ChannelThatNeverCompletesTheConnection_FailsAsAConnectionErrorAtTheConnectTimeout()
    {
        // A listener that never accepts, with its accept queue full: the kernel drops further connection attempts,
        // as a black-holed host does, so the next connect hangs until someone gives up.
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var endPoint = (IPEndPoint)listener.LocalEndPoint!;
        var fillers = await FillAcceptQueueAsync(endPoint);
        var connectTimeout = TimeSpan.FromMilliseconds(500);
        using var http = new HttpClient(ConnectorConnections.CreateHandler(connectTimeout, TimeProvider.System)) { Timeout = TimeSpan.FromSeconds(30) };

        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(new Uri($"http://127.0.0.1:{endPoint.Port}/v3/conversations/c/activities/a"), new StringContent("{}")));
        watch.Stop();

        // A connection error says nothing was sent, so the reply may be posted again.
        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Equal(DeliveryFailureKind.NotTaken, DeliveryFailure.Classify(error, DateTimeOffset.MinValue)?.Kind);
        Assert.InRange(watch.Elapsed, connectTimeout, TimeSpan.FromSeconds(10));
        fillers.ForEach(socket => socket.Dispose());
    }

    private static async Task<List<Socket>> FillAcceptQueueAsync(IPEndPoint endPoint)
    {
        var fillers = new List<Socket>();
        for (var i = 0; i < 16; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            fillers.Add(socket);
            using var attempt = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            try
            {
                await socket.ConnectAsync(endPoint, attempt.Token);
            }
            catch (OperationCanceledException)
            {
                return fillers;
            }
        }

        throw new InvalidOperationException("The accept queue never filled; connections to it do not hang here.");
    }
}
