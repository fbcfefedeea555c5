using System.Text;
using ComplaintBot.Bot.Adapter;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Adapter;

public sealed class InvokeResponseWriterTests
{
    [Fact]
    public async Task ExpectedReplies_WithACard_AreTheSdksJson_WithoutIndentation()
    {
        var response = Replies();

        var (ours, oursContext) = await WriteAsync(context => InvokeResponseWriter.WriteAsync(context.Response, response, CancellationToken.None));
        var (sdk, _) = await WriteAsync(context => HttpHelper.WriteResponseAsync(context.Response, response));

        Assert.True(JToken.DeepEquals(JToken.Parse(sdk), JToken.Parse(ours)), ours);
        Assert.DoesNotContain('\n', ours);
        Assert.Equal(StatusCodes.Status200OK, oursContext.Response.StatusCode);
        Assert.Equal("application/json", oursContext.Response.ContentType);
        Assert.Equal(Encoding.UTF8.GetByteCount(ours), oursContext.Response.ContentLength);
    }

    [Fact]
    public async Task NoInvokeResponse_IsAPlain200WithoutBody()
    {
        var (body, context) = await WriteAsync(c => InvokeResponseWriter.WriteAsync(c.Response, null, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Empty(body);
    }

    [Fact]
    public async Task StatusWithoutBody_IsWrittenAsIs()
    {
        var (body, context) = await WriteAsync(c => InvokeResponseWriter.WriteAsync(c.Response, new InvokeResponse { Status = StatusCodes.Status501NotImplemented }, CancellationToken.None));

        Assert.Equal(StatusCodes.Status501NotImplemented, context.Response.StatusCode);
        Assert.Empty(body);
    }

    private static InvokeResponse Replies() => new()
    {
        Status = StatusCodes.Status200OK,
        Body = new ExpectedReplies(
        [
            new Activity
            {
                Type = ActivityTypes.Message,
                Text = "请确认投诉内容",
                Locale = "zh-CN",
                Timestamp = new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.FromHours(8)),
                ChannelData = new JObject { ["complaintBot"] = new JObject { ["step"] = "review.summary" } },
                Attachments =
                [
                    new Attachment
                    {
                        ContentType = "application/vnd.microsoft.card.adaptive",
                        Content = new JObject { ["type"] = "AdaptiveCard", ["version"] = "1.5", ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "漏水" }) },
                    },
                ],
            },
            new Activity { Type = ActivityTypes.Typing },
        ]),
    };

    private static async Task<(string Body, DefaultHttpContext Context)> WriteAsync(Func<HttpContext, Task> write)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await write(context);
        return (Encoding.UTF8.GetString(body.ToArray()), context);
    }
}
