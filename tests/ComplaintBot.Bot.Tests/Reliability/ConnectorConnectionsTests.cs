using ComplaintBot.Bot.Adapter;
using Stopwatch = System.Diagnostics.Stopwatch;

namespace ComplaintBot.Bot.Tests.Reliability;

public sealed class ConnectorConnectionsTests
{
    [Fact]
    public async Task Post_ChannelThatNeverCompletesTheConnection_FailsAsAConnectionErrorAtTheConnectTimeout()
    {
        // A connect that never completes, as towards a black-holed host; only the connect timeout can end it.
        var attempts = 0;
        async ValueTask<Stream> Hang(System.Net.DnsEndPoint endPoint, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref attempts);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }

        var connectTimeout = TimeSpan.FromMilliseconds(300);
        using var http = new HttpClient(ConnectorConnections.CreateHandler(connectTimeout, TimeProvider.System, Hang)) { Timeout = TimeSpan.FromSeconds(30) };

        var watch = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(new Uri("http://channel.invalid/v3/conversations/c/activities/a"), new StringContent("{}")));
        watch.Stop();

        // A connection error says nothing was sent, so the reply may be posted again.
        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.Equal(DeliveryFailureKind.NotTaken, DeliveryFailure.Classify(error, DateTimeOffset.MinValue)?.Kind);
        Assert.InRange(watch.Elapsed, connectTimeout, TimeSpan.FromSeconds(10));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Post_RefusedConnection_FailsAsAConnectionError()
    {
        // A port nobody listens on: the real socket connect is refused at once.
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var http = new HttpClient(ConnectorConnections.CreateHandler(TimeSpan.FromSeconds(5), TimeProvider.System)) { Timeout = TimeSpan.FromSeconds(30) };

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(new Uri($"http://127.0.0.1:{port}/v3/conversations/c/activities/a"), new StringContent("{}")));

        Assert.Equal(HttpRequestError.ConnectionError, error.HttpRequestError);
        Assert.Equal(DeliveryFailureKind.NotTaken, DeliveryFailure.Classify(error, DateTimeOffset.MinValue)?.Kind);
    }
}
