using System.Text;
using ComplaintBot.Bot.Adapter;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
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

    public static TheoryData<string> Bodies => new(BodyShapes.Keys);

    private static Dictionary<string, Func<object>> BodyShapes => new()
    {
        ["summary with card"] = () => Replies().Body,
        ["card over 64 KB"] = () => new ExpectedReplies([CardActivity(LargeCard())]),
        ["Chinese text, emoji, escapes"] = () => new ExpectedReplies(
        [
            new Activity
            {
                Type = ActivityTypes.Message,
                Text = "订单号1944822463412702309，上周三在“暖禾家电旗舰店”买的水壶😀，129元，\"漏水\"\n\t\\ \u2028",
                Locale = "zh-CN",
                Value = new JObject { ["complaintText"] = string.Concat(Enumerable.Repeat("烧水时壶底漏水，桌面被打湿。", 400)) },
            },
        ]),
        ["lone surrogates"] = () => new ExpectedReplies([new Activity { Type = ActivityTypes.Message, Text = "a\uD83D b\uDE00 c\uD83D" }]),
        ["empty reply list"] = () => new ExpectedReplies([]),
        ["reply list null"] = () => new ExpectedReplies(null),
        ["invoke answer object"] = () => new JObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = "好的" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Body_IsByteForByteWhatAStreamWriterWithTheSameSerializerWrites_WithItsContentLength(string shape)
    {
        var body = BodyShapes[shape]();
        var response = new InvokeResponse { Status = StatusCodes.Status200OK, Body = body };

        var (ours, context) = await WriteBytesAsync(c => InvokeResponseWriter.WriteAsync(c.Response, response, CancellationToken.None));

        Assert.Equal(StreamWriterBytes(body), ours);
        Assert.Equal(ours.Length, context.Response.ContentLength);
        Assert.Equal("application/json", context.Response.ContentType);
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task Body_IsTheSdksJson(string shape)
    {
        var response = new InvokeResponse { Status = StatusCodes.Status200OK, Body = BodyShapes[shape]() };

        var (ours, _) = await WriteAsync(c => InvokeResponseWriter.WriteAsync(c.Response, response, CancellationToken.None));
        var (sdk, _) = await WriteAsync(c => HttpHelper.WriteResponseAsync(c.Response, response));

        Assert.True(JToken.DeepEquals(JToken.Parse(sdk), JToken.Parse(ours)), shape);
    }

    [Fact]
    public async Task CardOver64KB_IsWrittenWhole()
    {
        var response = new InvokeResponse { Status = StatusCodes.Status200OK, Body = new ExpectedReplies([CardActivity(LargeCard())]) };

        var (body, context) = await WriteAsync(c => InvokeResponseWriter.WriteAsync(c.Response, response, CancellationToken.None));

        Assert.True(context.Response.ContentLength > 64 * 1024, $"{context.Response.ContentLength} bytes");
        var card = (JObject)JToken.Parse(body)["activities"]![0]!["attachments"]![0]!["content"]!;
        Assert.True(JToken.DeepEquals(LargeCard(), card));
    }

    [Fact]
    public async Task NullBody_IsTheStatusWithoutBody()
    {
        var (body, context) = await WriteAsync(c => InvokeResponseWriter.WriteAsync(c.Response, new InvokeResponse { Status = StatusCodes.Status200OK, Body = null }, CancellationToken.None));

        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Empty(body);
        Assert.Null(context.Response.ContentLength);
        Assert.Null(context.Response.ContentType);
    }

    [Fact]
    public async Task BodyThatCannotBeSerialized_Throws_WithNothingSetOrWritten()
    {
        var context = new DefaultHttpContext();
        using var stream = new MemoryStream();
        context.Response.Body = stream;
        var response = new InvokeResponse { Status = StatusCodes.Status202Accepted, Body = new ExpectedReplies([new Activity { Type = ActivityTypes.Message, Text = "前半段", Value = new Failing() }]) };

        await Assert.ThrowsAsync<JsonSerializationException>(() => InvokeResponseWriter.WriteAsync(context.Response, response, CancellationToken.None));

        Assert.Equal(0, stream.Length);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Null(context.Response.ContentLength);
        Assert.Null(context.Response.ContentType);
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

    private static JObject LargeCard() => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JArray(Enumerable.Range(1, 900).Select(i => new JObject
        {
            ["type"] = "TextBlock",
            ["wrap"] = true,
            ["text"] = $"证据 {i}：壶底漏水的照片😀，\"拍摄于 11 月 20 日\"",
        })),
    };

    private static Activity CardActivity(JObject card) => new()
    {
        Type = ActivityTypes.Message,
        Locale = "zh-CN",
        Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = card }],
    };

    // What the writer did before it rented its buffers: a stream writer over a memory stream, same serializer.
    private static byte[] StreamWriterBytes(object body)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: true))
        {
            InvokeResponseWriter.Serializer.Serialize(writer, body);
        }

        return stream.ToArray();
    }

    private static async Task<(string Body, DefaultHttpContext Context)> WriteAsync(Func<HttpContext, Task> write)
    {
        var (bytes, context) = await WriteBytesAsync(write);
        return (Encoding.UTF8.GetString(bytes), context);
    }

    private static async Task<(byte[] Body, DefaultHttpContext Context)> WriteBytesAsync(Func<HttpContext, Task> write)
    {
        var context = new DefaultHttpContext();
        using var body = new MemoryStream();
        context.Response.Body = body;
        await write(context);
        return (body.ToArray(), context);
    }

    // Serialization gets as far as Written before the getter of Broken throws.
    private sealed class Failing
    {
        public string Written { get; } = "已写出的部分";

        public string Broken => throw new InvalidOperationException(Written + " and then no more");
    }
}
