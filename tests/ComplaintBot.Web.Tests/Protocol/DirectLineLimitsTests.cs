using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ComplaintBot.Bot.DirectLine;
using ComplaintBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Web.Tests.Protocol;

/// <summary>Each limit against a host configured with tiny ones.</summary>
public sealed class DirectLineLimitsTests(TightLimitsFixture fixture) : IClassFixture<TightLimitsFixture>
{
    [Fact]
    public async Task Upload_FileOverTheLimit_Is413()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        var response = await client.SendRawAsync(DirectLineProtocolTests.Upload(client.ConversationId, ("big.png", "image/png", new byte[5000])));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(DirectLineErrors.TooLarge, response.ErrorCode);
    }

    [Fact]
    public async Task Upload_TooManyFilesOrTooManyBytes_Is413()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        var three = await client.SendRawAsync(DirectLineProtocolTests.Upload(client.ConversationId, ("a.png", "image/png", new byte[10]), ("b.png", "image/png", new byte[10]), ("c.png", "image/png", new byte[10])));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, three.Status);

        using var huge = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{client.ConversationId}/upload?userId=x")
        {
            Content = new ByteArrayContent(new byte[20000]),
        };
        huge.Content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var tooBig = await client.SendRawAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.Status);
        Assert.Equal(DirectLineErrors.TooLarge, tooBig.ErrorCode);
    }

    [Fact]
    public async Task Upload_OfAPageOrProgram_Is415()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        foreach (var type in new[] { "text/html", "application/javascript", "application/x-msdownload" })
        {
            var response = await client.SendRawAsync(DirectLineProtocolTests.Upload(client.ConversationId, ("x.bin", type, Encoding.UTF8.GetBytes("<script>alert(1)</script>"))));
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
            Assert.Equal(DirectLineErrors.UnsupportedMediaType, response.ErrorCode);
        }
    }

    [Fact]
    public async Task Upload_WithoutAFile_Is400_AndMalformedJsonIs400()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        var empty = await client.SendRawAsync(DirectLineProtocolTests.Upload(client.ConversationId));
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.Equal(DirectLineErrors.BadArgument, empty.ErrorCode);

        using var bad = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{client.ConversationId}/activities") { Content = new StringContent("{not json", Encoding.UTF8, "application/json") };
        var malformed = await client.SendRawAsync(bad);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.Status);
        Assert.Equal(DirectLineErrors.BadArgument, malformed.ErrorCode);

        var noType = await client.PostActivityAsync(new JObject { ["text"] = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noType.Status);
    }

    [Fact]
    public async Task PostedActivity_OverTheBodyLimit_Is413()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync();
        var response = await client.PostActivityAsync(new JObject { ["type"] = "message", ["text"] = new string('字', 3000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(DirectLineErrors.TooLarge, response.ErrorCode);
    }

    [Fact]
    public async Task PostsPerConversation_AreRateLimited_With429AndRetryAfter()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync("en-US");
        var statuses = new List<HttpStatusCode>();
        DirectLineClient.Response? limited = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await client.PostActivityAsync(new JObject { ["type"] = "event", ["name"] = "ping" });
            statuses.Add(response.Status);
            if (response.Status == HttpStatusCode.TooManyRequests)
            {
                limited = response;
            }
        }

        Assert.Equal(6, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.NotNull(limited);
        Assert.Equal(DirectLineErrors.TooManyRequests, limited.ErrorCode);
        Assert.True(limited.Headers.ContainsKey("Retry-After"));

        // Another conversation from the same client is not affected.
        using var other = fixture.CreateClient();
        await other.StartAsync("en-US");
        Assert.Equal(HttpStatusCode.OK, (await other.PostActivityAsync(new JObject { ["type"] = "event", ["name"] = "ping" })).Status);
    }

    [Fact]
    public async Task Conversation_HoldsAtMostTheConfiguredActivities_Then409()
    {
        using var client = fixture.CreateClient();
        await client.StartAsync("en-US");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.PostActivityAsync(new JObject { ["type"] = "event", ["name"] = "ping" })).Status);
        }

        // 1 welcome + 6 events fit in 12; the store refuses appends beyond the cap.
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var store = fixture.Server.Get<DirectLineConversationStore>();
        for (var i = 0; i < 5; i++)
        {
            await store.AppendAsync(client.ConversationId, new JObject { ["type"] = "event" }, CancellationToken.None);
        }

        await Assert.ThrowsAsync<DirectLineConversationFullException>(() => store.AppendAsync(client.ConversationId, new JObject { ["type"] = "event" }, CancellationToken.None));
    }
}
