using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using ComplaintBot.Bot.DirectLine;
using ComplaintBot.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Web.Tests.Protocol;

/// <summary>
/// A Direct Line token opens one conversation and nothing else, on every endpoint that takes one, the WebSocket
/// stream included: not another conversation (even after a refresh, even with the conversation id rewritten inside
/// it), and not its own once forged or expired.
/// </summary>
public sealed class DirectLineTokenBoundaryTests(ServerFixture fixture, ITestOutputHelper output) : IClassFixture<ServerFixture>
{
    private const string BobsSecret = "1944822463412702309";

    [Fact]
    public async Task RefreshedToken_StaysBoundToItsConversation_OnEveryEndpoint()
    {
        using var alice = fixture.CreateClient();
        using var bob = fixture.CreateClient();
        await alice.StartAsync();
        await bob.StartAsync();
        await bob.SayAsync("我的订单号是 " + BobsSecret);
        var refreshed = await alice.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        var token = (string)refreshed.Json!["token"]!;
        Assert.NotEqual(alice.Token, token);

        var calls = await CallEveryConversationEndpointAsync(alice, token, bob.ConversationId);

        AssertAllRefused(calls, DirectLineErrors.WrongConversation);

        // Starting a conversation with the token starts its own, whatever the body names.
        var start = await alice.SendAsync(HttpMethod.Post, "v3/directline/conversations", new JObject { ["conversationId"] = bob.ConversationId }, auth: token);
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.Equal(alice.ConversationId, (string?)start.Json!["conversationId"]);
        await AssertUntouchedAsync(bob);
    }

    [Fact]
    public async Task TokenWithTheConversationIdRewritten_IsRefusedAsForged()
    {
        using var alice = fixture.CreateClient();
        using var bob = fixture.CreateClient();
        await alice.StartAsync();
        await bob.StartAsync();
        await bob.SayAsync("我的订单号是 " + BobsSecret);
        var rewritten = WithConversation(alice.Token, bob.ConversationId);
        Assert.Equal(DirectLineTokenStatus.Invalid, fixture.Server.Get<DirectLineTokens>().Validate(rewritten, out _));

        var calls = await CallEveryConversationEndpointAsync(alice, rewritten, bob.ConversationId);

        AssertAllRefused(calls, DirectLineErrors.BadToken);
        await AssertUntouchedAsync(bob);
    }

    [Fact]
    public async Task ForgedToken_IsRefusedOnEveryEndpointOfItsOwnConversation()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        var otherKey = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenSigningKey = Convert.ToBase64String(new byte[32]) }), TimeProvider.System, NullLogger<DirectLineTokens>.Instance);
        var (forged, _) = otherKey.Issue(client.ConversationId, client.UserId);

        var calls = await CallEveryConversationEndpointAsync(client, forged, client.ConversationId);
        calls.Add(Named("start", await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", new JObject(), auth: forged)));
        calls.Add(Named("refresh", await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null, auth: forged)));

        AssertAllRefused(calls, DirectLineErrors.BadToken);
    }

    [Fact]
    public async Task ExpiredToken_IsRefusedOnEveryEndpointOfItsOwnConversation_TheStreamIncluded()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var issuedThen = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenSigningKey = BotServer.SigningKey }), past, NullLogger<DirectLineTokens>.Instance);
        var (expired, _) = issuedThen.Issue(client.ConversationId, client.UserId);

        var calls = await CallEveryConversationEndpointAsync(client, expired, client.ConversationId);
        calls.Add(Named("start", await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", new JObject(), auth: expired)));

        AssertAllRefused(calls, DirectLineErrors.TokenExpired);
    }

    /// <summary>
    /// Reconnect, read, post, upload and open the stream of <paramref name="conversationId"/> with
    /// <paramref name="token"/>. Every call is expected to be refused, so the post and the upload carry text that
    /// must never appear in the conversation.
    /// </summary>
    private async Task<List<(string Call, HttpStatusCode Status, string? ErrorCode)>> CallEveryConversationEndpointAsync(DirectLineClient client, string token, string conversationId)
    {
        return
        [
            Named("reconnect", await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId}", null, auth: token)),
            Named("read", await client.GetActivitiesAsync(0, conversationId, auth: token)),
            Named("post", await client.PostActivityAsync(new JObject { ["type"] = "message", ["text"] = "hijack" }, conversationId, auth: token)),
            Named("upload", await client.SendRawAsync(DirectLineProtocolTests.Upload(conversationId, ("a.png", "image/png", TestImages.Png(2, 2, 1, 2, 3))), auth: token)),
            ("stream", await OpenStreamAsync(conversationId, token), null),
        ];
    }

    private static (string Call, HttpStatusCode Status, string? ErrorCode) Named(string call, DirectLineClient.Response response) => (call, response.Status, response.ErrorCode);

    /// <summary>Opens the WebSocket stream; returns 101 when it opened, else the status of the refused upgrade.</summary>
    private async Task<HttpStatusCode> OpenStreamAsync(string conversationId, string token)
    {
        var url = new Uri("ws" + fixture.Server.BaseUrl["http".Length..] + $"/v3/directline/conversations/{conversationId}/stream?t={Uri.EscapeDataString(token)}");
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        try
        {
            await socket.ConnectAsync(url, CancellationToken.None);
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            return HttpStatusCode.SwitchingProtocols;
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }
    }

    private void AssertAllRefused(List<(string Call, HttpStatusCode Status, string? ErrorCode)> calls, string errorCode)
    {
        foreach (var (call, status, code) in calls)
        {
            output.WriteLine($"{call}: {(int)status} {code}");
        }

        Assert.All(calls, c => Assert.Equal((c.Call, HttpStatusCode.Forbidden), (c.Call, c.Status)));

        // ClientWebSocket does not show the body of a refused upgrade; every other call names the reason.
        Assert.All(calls.Where(c => c.Call != "stream"), c => Assert.Equal((c.Call, errorCode), (c.Call, c.ErrorCode)));
    }

    /// <summary>Bob's conversation holds only what Bob and the bot put there.</summary>
    private static async Task AssertUntouchedAsync(DirectLineClient bob)
    {
        var activities = (JArray)(await bob.GetActivitiesAsync(0)).Json!["activities"]!;
        Assert.DoesNotContain(activities, a => (string?)a["text"] == "hijack");
        Assert.DoesNotContain(activities, a => a["attachments"] is JArray files && files.Any(f => (string?)f["name"] == "a.png"));
        Assert.Contains(activities, a => ((string?)a["text"])?.Contains(BobsSecret, StringComparison.Ordinal) == true);
    }

    /// <summary>The same token with another conversation id in its payload and the original signature.</summary>
    private static string WithConversation(string token, string conversationId)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        var payload = JsonNode.Parse(WebEncoders.Base64UrlDecode(parts[1]))!.AsObject();
        Assert.NotEqual(conversationId, (string?)payload["c"]);
        payload["c"] = conversationId;
        parts[1] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }
}
