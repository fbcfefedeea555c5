using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using ComplaintBot.Bot.DirectLine;
using ComplaintBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Web.Tests.Protocol;

public sealed class DirectLineProtocolTests(ServerFixture fixture, ITestOutputHelper output) : IClassFixture<ServerFixture>
{
    // How many received stream activities ReceiveUntilAsync has looked at (xunit makes one instance per test).
    private int _examined;

    [Fact]
    public async Task Start_Returns201WithTokenStreamUrlAndExpiry_WelcomeArrives_SecondStartIs200()
    {
        using var client = fixture.CreateClient();
        var start = await client.StartAsync("zh-CN");

        Assert.Equal(client.ConversationId, (string?)start["conversationId"]);
        Assert.Equal(client.Token, (string?)start["token"]);
        Assert.InRange((int)start["expires_in"]!, 1700, 1800);
        Assert.StartsWith("ws://127.0.0.1:", (string?)start["streamUrl"], StringComparison.Ordinal);
        var read = await client.WaitForAsync(a => (string?)a["from"]?["role"] == "bot");
        var welcome = read.Single();
        Assert.Equal("directline", (string?)welcome["channelId"]);
        Assert.Equal(client.ConversationId + "|0000000", (string?)welcome["id"]);
        Assert.Contains("投诉", (string?)welcome["text"], StringComparison.Ordinal);

        var again = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", new JObject());
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(client.ConversationId, (string?)again.Json!["conversationId"]);
    }

    [Fact]
    public async Task PostedActivity_IsEchoedWithServerIdTimestampAndSameClientActivityId_ThenTheBotAnswers()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync("zh-CN");
        await client.WaitForAsync(a => (string?)a["from"]?["role"] == "bot");

        var posted = await client.PostActivityAsync(new JObject
        {
            ["type"] = "message",
            ["text"] = "你好",
            ["from"] = new JObject { ["id"] = "somebody-else", ["name"] = "小王" },
            ["channelData"] = new JObject { ["clientActivityID"] = "client-42", ["custom"] = 7 },
            ["id"] = "client-chosen-id",
        });

        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var id = (string)posted.Json!["id"]!;
        Assert.Equal(client.ConversationId + "|0000001", id);
        var read = await client.WaitForAsync(a => (string?)a["from"]?["role"] == "bot" && a["replyToId"] is not null);
        var echo = read.Single(a => (string?)a["id"] == id);
        Assert.Equal("client-42", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal(7, (int)echo["channelData"]!["custom"]!);
        Assert.Equal(client.UserId, (string?)echo["from"]!["id"]);
        Assert.Equal("user", (string?)echo["from"]!["role"]);
        Assert.True(DateTimeOffset.TryParse((string?)echo["timestamp"], System.Globalization.CultureInfo.InvariantCulture, out _));
        var reply = read.Last(a => (string?)a["from"]?["role"] == "bot");
        Assert.Equal(id, (string?)reply["replyToId"]);
        Assert.Equal("order.orderId", (string?)reply["channelData"]!["complaintBot"]!["step"]);
        Assert.Equal(client.UserId, (string?)reply["recipient"]!["id"]);

        // Timestamps only grow, so Web Chat orders the transcript as the server stored it.
        var all = (await client.GetActivitiesAsync(0)).Json!["activities"]!.Select(a => DateTimeOffset.Parse((string)a["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(all.OrderBy(t => t), all);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Watermark_PagesThroughALongConversation_WithoutGapsOrDuplicates()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync("en-US");
        for (var i = 0; i < 40; i++)
        {
            var posted = await client.PostActivityAsync(new JObject { ["type"] = "event", ["name"] = "ping", ["value"] = i });
            Assert.Equal(HttpStatusCode.OK, posted.Status);
        }

        var ids = new List<string>();
        var watermark = 0;
        var pages = 0;
        while (true)
        {
            var page = await client.GetActivitiesAsync(watermark);
            var activities = (JArray)page.Json!["activities"]!;
            var next = int.Parse((string)page.Json["watermark"]!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(watermark + activities.Count, next);
            if (activities.Count == 0)
            {
                break;
            }

            Assert.True(activities.Count <= DirectLineConversationStore.PageSize);
            ids.AddRange(activities.Select(a => (string)a["id"]!));
            watermark = next;
            pages++;
        }

        Assert.Equal(41, ids.Count);
        Assert.Equal(Enumerable.Range(0, 41).Select(i => DirectLineConversationStore.ActivityId(client.ConversationId, i)), ids);
        Assert.True(pages >= 3, $"{pages} pages");

        // A watermark in the middle of a page starts exactly there; one past the end is empty.
        var middle = await client.GetActivitiesAsync(21);
        Assert.Equal(ids[21], (string?)middle.Json!["activities"]![0]!["id"]);
        var end = await client.GetActivitiesAsync(41);
        Assert.Empty((JArray)end.Json!["activities"]!);
        Assert.Equal("41", (string?)end.Json["watermark"]);
    }

    [Fact]
    public async Task Tokens_GenerateNeedsTheSecret_RefreshKeepsConversationAndUser()
    {
        using var client = fixture.CreateClient();
        var none = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null, auth: null);
        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Equal(DirectLineErrors.MissingToken, none.ErrorCode);

        var generated = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", new JObject { ["user"] = new JObject { ["id"] = "dl_shopper" } }, auth: BotServer.Secret);
        Assert.Equal(HttpStatusCode.OK, generated.Status);
        Assert.Equal(1800, (int)generated.Json!["expires_in"]!);
        client.Token = (string)generated.Json["token"]!;
        client.ConversationId = (string)generated.Json["conversationId"]!;

        // Generating does not start the conversation.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetActivitiesAsync()).Status);

        // A token cannot mint tokens.
        var byToken = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/generate", null);
        Assert.Equal(HttpStatusCode.Forbidden, byToken.Status);
        Assert.Equal(DirectLineErrors.SecretRequired, byToken.ErrorCode);

        var start = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", new JObject { ["locale"] = "en-US" });
        Assert.Equal(HttpStatusCode.Created, start.Status);

        var refreshed = await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null);
        Assert.Equal(HttpStatusCode.OK, refreshed.Status);
        Assert.Equal(client.ConversationId, (string?)refreshed.Json!["conversationId"]);
        var newToken = (string)refreshed.Json["token"]!;
        Assert.NotEqual(client.Token, newToken);
        var tokens = fixture.Server.Get<DirectLineTokens>();
        Assert.Equal(DirectLineTokenStatus.Valid, tokens.Validate(newToken, out var grant));
        Assert.Equal("dl_shopper", grant!.UserId);

        client.Token = newToken;
        var posted = await client.PostActivityAsync(new JObject { ["type"] = "message", ["text"] = "hello", ["from"] = new JObject { ["id"] = "mallory" } });
        Assert.Equal(HttpStatusCode.OK, posted.Status);
        var echo = (await client.WaitForAsync(a => (string?)a["id"] == (string?)posted.Json!["id"])).Single(a => (string?)a["id"] == (string?)posted.Json!["id"]);
        Assert.Equal("dl_shopper", (string?)echo["from"]!["id"]);

        // The secret may also start a conversation of its own and gets a token for it.
        var bySecret = await client.SendAsync(HttpMethod.Post, "v3/directline/conversations", new JObject(), auth: BotServer.Secret);
        Assert.Equal(HttpStatusCode.Created, bySecret.Status);
        Assert.NotEqual(client.ConversationId, (string?)bySecret.Json!["conversationId"]);
        Assert.Equal(DirectLineTokenStatus.Valid, tokens.Validate((string?)bySecret.Json["token"], out _));
    }

    [Fact]
    public async Task ExpiredToken_Is403TokenExpired_EvenForRefresh()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-2));
        var oldTokens = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenSigningKey = BotServer.SigningKey }), past, NullLogger<DirectLineTokens>.Instance);
        var (expired, _) = oldTokens.Issue(client.ConversationId, client.UserId);

        foreach (var response in new[]
        {
            await client.GetActivitiesAsync(auth: expired),
            await client.PostActivityAsync(new JObject { ["type"] = "message", ["text"] = "hi" }, auth: expired),
            await client.SendAsync(HttpMethod.Post, "v3/directline/tokens/refresh", null, auth: expired),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.Status);
            Assert.Equal(DirectLineErrors.TokenExpired, response.ErrorCode);
        }
    }

    [Fact]
    public async Task BadOrMissingToken_IsRefused_WithStableCodes()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        var tampered = client.Token[..^3] + (client.Token[^3] == 'A' ? "B" : "A") + client.Token[^2..];
        var otherKey = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenSigningKey = Convert.ToBase64String(new byte[32]) }), TimeProvider.System, NullLogger<DirectLineTokens>.Instance);
        var (forged, _) = otherKey.Issue(client.ConversationId, client.UserId);

        foreach (var bad in new[] { tampered, forged, "not-a-token", BotServer.Secret + "x" })
        {
            var response = await client.GetActivitiesAsync(auth: bad);
            Assert.Equal(HttpStatusCode.Forbidden, response.Status);
            Assert.Equal(DirectLineErrors.BadToken, response.ErrorCode);
        }

        var missing = await client.GetActivitiesAsync(auth: null);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal(DirectLineErrors.MissingToken, missing.ErrorCode);
    }

    [Fact]
    public async Task TokenOfOneConversation_CannotReadOrPostToAnother()
    {
        using var alice = fixture.CreateClient();
        using var bob = fixture.CreateClient();
        await alice.StartAsync();
        await bob.StartAsync();
        await bob.SayAsync("我的订单号是 1944822463412702309");

        var results = new[]
        {
            await alice.GetActivitiesAsync(0, conversationId: bob.ConversationId),
            await alice.PostActivityAsync(new JObject { ["type"] = "message", ["text"] = "hijack" }, conversationId: bob.ConversationId),
            await alice.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{bob.ConversationId}", null),
            await alice.SendRawAsync(Upload(bob.ConversationId, ("a.png", "image/png", TestImages.Png(2, 2, 1, 2, 3)))),
        };
        foreach (var response in results)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.Status);
            Assert.Equal(DirectLineErrors.WrongConversation, response.ErrorCode);
            Assert.DoesNotContain("1944822463412702309", response.Text, StringComparison.Ordinal);
        }

        using var socket = new ClientWebSocket();
        var streamUrl = new Uri(bob.StreamUrl!.Replace(Uri.EscapeDataString(bob.Token), Uri.EscapeDataString(alice.Token), StringComparison.Ordinal));
        var refused = await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(streamUrl, CancellationToken.None));
        output.WriteLine(refused.Message);

        // Nothing was added to Bob's conversation.
        var bobs = (JArray)(await bob.GetActivitiesAsync(0)).Json!["activities"]!;
        Assert.DoesNotContain(bobs, a => (string?)a["text"] == "hijack");
    }

    [Fact]
    public async Task UnknownConversation_Is404()
    {
        using var client = fixture.CreateClient();
        var id = DirectLineTokens.NewConversationId();
        foreach (var response in new[]
        {
            await client.GetActivitiesAsync(0, conversationId: id, auth: BotServer.Secret),
            await client.PostActivityAsync(new JObject { ["type"] = "message", ["text"] = "x", ["from"] = new JObject { ["id"] = "u" } }, conversationId: id, auth: BotServer.Secret),
            await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{id}", null, auth: BotServer.Secret),
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.Status);
            Assert.Equal(DirectLineErrors.ConversationNotFound, response.ErrorCode);
        }
    }

    [Fact]
    public async Task Upload_StoresFilesUnderOwnLinks_EchoesThemWithTheActivityPart()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        var photo = TestImages.Png(20, 10, 200, 20, 20);
        var chat = TestImages.Png(10, 30, 20, 20, 200);
        var response = await client.SendRawAsync(Upload(client.ConversationId, ("漏水照片.png", "image/png", photo), ("聊天记录.png", "image/png", chat)));
        Assert.Equal(HttpStatusCode.OK, response.Status);
        var id = (string)response.Json!["id"]!;

        var echo = (await client.WaitForAsync(a => (string?)a["id"] == id)).Single(a => (string?)a["id"] == id);
        Assert.Equal("upload-1", (string?)echo["channelData"]!["clientActivityID"]);
        Assert.Equal("看图", (string?)echo["text"]);
        var attachments = (JArray)echo["attachments"]!;
        Assert.Equal(["漏水照片.png", "聊天记录.png"], attachments.Select(a => (string)a["name"]!));
        foreach (var (attachment, bytes) in attachments.Zip([photo, chat]))
        {
            var url = (string)attachment["contentUrl"]!;
            Assert.StartsWith(fixture.Server.BaseUrl + "/v3/directline/attachments/", url, StringComparison.Ordinal);
            Assert.Null(attachment["thumbnailUrl"]);

            // The link itself is the capability: no token needed (the evidence step and <img> fetch it as is).
            using var plain = new HttpClient();
            using var file = await plain.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal("image/png", file.Content.Headers.ContentType!.MediaType);
            Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal(bytes, await file.Content.ReadAsByteArrayAsync());
        }

        // The serviceUrl the bot sees is this host, so the evidence downloader may fetch from it.
        Assert.Equal(fixture.Server.BaseUrl + "/", (string?)echo["serviceUrl"]);
        using var unknown = await fixture.Server.CreateClient().GetAsync("v3/directline/attachments/" + new string('a', 48));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Stream_PushesEchoTypingAndReplyAsTheyHappen()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync("zh-CN");
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(client.StreamUrl!), CancellationToken.None);
        var frames = new List<JObject>();

        // The welcome was stored before the socket opened: the start stream URL replays from watermark 0.
        var welcome = await ReceiveUntilAsync(socket, frames, a => (string?)a["from"]?["role"] == "bot");
        Assert.Contains("投诉", (string?)welcome["text"], StringComparison.Ordinal);

        // DirectLineJS pings with empty messages; the server must ignore them.
        await socket.SendAsync(ArraySegment<byte>.Empty, WebSocketMessageType.Text, true, CancellationToken.None);

        var stopwatch = Stopwatch.StartNew();
        var post = client.SayAsync("你好", "ws-1");
        var echo = await ReceiveUntilAsync(socket, frames, a => (string?)a["channelData"]?["clientActivityID"] == "ws-1");
        var echoMs = stopwatch.ElapsedMilliseconds;
        var reply = await ReceiveUntilAsync(socket, frames, a => (string?)a["type"] == "message" && (string?)a["from"]?["role"] == "bot" && a["replyToId"] is not null);
        var replyMs = stopwatch.ElapsedMilliseconds;
        await post;

        Assert.Equal((string?)echo["id"], (string?)reply["replyToId"]);
        Assert.Contains(frames, a => (string?)a["type"] == "typing" && (string?)a["from"]?["role"] == "bot");
        Assert.DoesNotContain(frames.Where(a => (string?)a["type"] == "typing"), a => ((string?)a["id"])?.StartsWith(client.ConversationId + "|000", StringComparison.Ordinal) == true && a["timestamp"] is not null);
        Report.Line(output, $"Protocol WebSocket: echo after {echoMs} ms, bot reply after {replyMs} ms (POST to frame, no browser)");

        // Typing is never stored: polling does not see it.
        var polled = (JArray)(await client.GetActivitiesAsync(0)).Json!["activities"]!;
        Assert.DoesNotContain(polled, a => (string?)a["type"] == "typing");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Reconnect_GivesAFreshStreamUrlFromTheWatermark()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        await client.WaitForAsync(a => (string?)a["from"]?["role"] == "bot");
        var reconnect = await client.SendAsync(HttpMethod.Get, $"v3/directline/conversations/{client.ConversationId}?watermark=1", null);
        Assert.Equal(HttpStatusCode.OK, reconnect.Status);
        Assert.EndsWith("&watermark=1", (string?)reconnect.Json!["streamUrl"], StringComparison.Ordinal);
        Assert.Equal(client.Token, (string?)reconnect.Json["token"]);
    }

    [Fact]
    public async Task Cors_AllowsListedOriginsWithDirectLineHeaders_AndNobodyElse()
    {
        using var client = fixture.CreateClient();
        foreach (var path in new[] { "v3/directline/conversations/x/activities", "webchat/token" })
        {
            using var allowed = new HttpRequestMessage(HttpMethod.Options, path);
            allowed.Headers.Add("Origin", "http://allowed.example");
            allowed.Headers.Add("Access-Control-Request-Method", "POST");
            allowed.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
            var ok = await client.SendRawAsync(allowed, auth: null);
            Assert.Equal(HttpStatusCode.NoContent, ok.Status);
            Assert.Equal("http://allowed.example", ok.Headers["Access-Control-Allow-Origin"]);
            var headers = ok.Headers["Access-Control-Allow-Headers"].ToLowerInvariant();
            Assert.Contains("x-ms-bot-agent", headers, StringComparison.Ordinal);
            Assert.Contains("authorization", headers, StringComparison.Ordinal);
            Assert.Contains("x-requested-with", headers, StringComparison.Ordinal);

            using var denied = new HttpRequestMessage(HttpMethod.Options, path);
            denied.Headers.Add("Origin", "http://evil.example");
            denied.Headers.Add("Access-Control-Request-Method", "POST");
            denied.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
            var no = await client.SendRawAsync(denied, auth: null);
            Assert.False(no.Headers.ContainsKey("Access-Control-Allow-Origin"));
        }
    }

    [Fact]
    public async Task Pages_AreServedWithContentSecurityPolicy_AndTheVendoredWebChat()
    {
        using var http = fixture.Server.CreateClient();
        using var page = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("售后服务中心", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var embed = await http.GetAsync("/embed.js");
        Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
        Assert.Contains("ComplaintBotChat", await embed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var bundle = await http.GetAsync("/lib/webchat/webchat.js");
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000);
    }

    [Fact]
    public async Task TwoInstancesOverOneStorage_ServeTheSameConversation()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync("zh-CN");
        await client.SayAsync("你好", "first");
        await client.WaitForAsync(a => (string?)a["channelData"]?["complaintBot"]?["step"] == "order.orderId");

        await using var second = await BotServer.StartAsync(dataDirectory: fixture.Server.DataDirectory);
        using var other = new DirectLineClient(second.CreateClient()) { Token = client.Token, ConversationId = client.ConversationId, UserId = client.UserId };
        var posted = await other.SayAsync("1944 8224 6341 2702 309", "second");
        Assert.Equal(HttpStatusCode.OK, posted.Status);
        Assert.Equal(client.ConversationId + "|0000003", (string?)posted.Json!["id"]);

        // Back on the first instance: the answer given through the second moved the interview on.
        var read = await client.WaitForAsync(a => (string?)a["channelData"]?["complaintBot"]?["step"] == "order.item");
        Assert.Contains(read, a => (string?)a["channelData"]?["clientActivityID"] == "second");
    }

    internal static HttpRequestMessage Upload(string conversationId, params (string Name, string Type, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        var activity = new JObject
        {
            ["type"] = "message",
            ["text"] = "看图",
            ["attachments"] = new JArray(files.Select(f => new JObject { ["name"] = f.Name, ["contentType"] = f.Type, ["thumbnailUrl"] = "data:image/jpeg;base64,AAAA" })),
            ["channelData"] = new JObject { ["clientActivityID"] = "upload-1" },
        };
        var activityPart = new ByteArrayContent(Encoding.UTF8.GetBytes(activity.ToString()));
        activityPart.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        form.Add(activityPart, "activity", "blob");
        foreach (var (name, type, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(part, "file", name);
        }

        return new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{conversationId}/upload?userId=x") { Content = form };
    }

    /// <summary>
    /// Waits for the next activity, after those already returned, that matches. One frame can carry several
    /// activities (the echo and the reply may travel together), so every activity of a frame is kept in
    /// <paramref name="frames"/> and a later call looks at the ones not yet examined before reading the socket.
    /// </summary>
    private async Task<JObject> ReceiveUntilAsync(ClientWebSocket socket, List<JObject> frames, Func<JObject, bool> predicate)
    {
        while (_examined < frames.Count)
        {
            var seen = frames[_examined++];
            if (predicate(seen))
            {
                return seen;
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)); // a bound, not a target: a cold first turn on a busy 2-core machine is slow
        var buffer = new byte[256 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length == 0)
            {
                continue;
            }

            var set = JObject.Parse(Encoding.UTF8.GetString(message.ToArray()));
            frames.AddRange(((JArray)set["activities"]!).Cast<JObject>());
            while (_examined < frames.Count)
            {
                var activity = frames[_examined++];
                if (predicate(activity))
                {
                    return activity;
                }
            }
        }
    }
}
