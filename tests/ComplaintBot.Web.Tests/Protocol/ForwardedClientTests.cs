using System.Net;
using System.Net.WebSockets;
using ComplaintBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Web.Tests.Protocol;

/// <summary>
/// Behind a load balancer every request comes from the balancer: only a trusted proxy's forwarded headers say who
/// the client is.
/// </summary>
public sealed class ForwardedClientTests(BehindProxyFixture proxied, NoTrustedProxyFixture direct)
    : IClassFixture<BehindProxyFixture>, IClassFixture<NoTrustedProxyFixture>
{
    [Fact]
    public async Task TokenLimit_BehindATrustedProxy_CountsEachForwardedClientOnItsOwn()
    {
        using var client = proxied.CreateClient();

        var first = await TokensAsync(client, "203.0.113.5", 3);
        var second = await TokensAsync(client, "203.0.113.6", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
    }

    [Fact]
    public async Task TokenLimit_WithoutATrustedProxy_IgnoresForwardedForSoNobodyPicksTheirOwnBucket()
    {
        using var client = direct.CreateClient();

        var first = await TokensAsync(client, "203.0.113.5", 2);
        var second = await TokensAsync(client, "203.0.113.6", 1);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], first);
        Assert.Equal([HttpStatusCode.TooManyRequests], second);
    }

    private static async Task<List<HttpStatusCode>> TokensAsync(DirectLineClient client, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            var response = await client.SendAsync(HttpMethod.Post, "webchat/token", new JObject { ["locale"] = "en-US" }, auth: null, headers: new Dictionary<string, string> { ["X-Forwarded-For"] = forwardedFor });
            statuses.Add(response.Status);
        }

        return statuses;
    }
}

/// <summary>Behind a TLS-terminating proxy, the help page's own https origin is the host's own.</summary>
public sealed class ForwardedSchemeTests(BehindProxyFixture proxied, ServerFixture direct)
    : IClassFixture<BehindProxyFixture>, IClassFixture<ServerFixture>
{
    [Fact]
    public async Task Stream_PagesOwnHttpsOrigin_IsItsOwnOnlyWhenATrustedProxySaysHttps()
    {
        Assert.Equal(HttpStatusCode.SwitchingProtocols, await OpenStreamAsync(proxied));
        Assert.Equal(HttpStatusCode.Forbidden, await OpenStreamAsync(direct));
    }

    /// <summary>Opens the stream as the help page served over https through the proxy would.</summary>
    private static async Task<HttpStatusCode> OpenStreamAsync(ServerFixture fixture)
    {
        using var client = fixture.CreateClient();
        await client.StartAsync("en-US");
        var page = new Uri(fixture.Server.BaseUrl);
        using var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", $"https://{page.Authority}");
        socket.Options.SetRequestHeader("X-Forwarded-Proto", "https");
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(new Uri(client.StreamUrl!), CancellationToken.None);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Refused: the status says why.
        }

        return socket.HttpStatusCode;
    }
}
