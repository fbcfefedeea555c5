using System.Text;
using ComplaintBot.Bot.DirectLine;
using Newtonsoft.Json.Linq;
using static ComplaintBot.Web.Tests.BadInput.DirectLineRequests;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>Bodies that are not what a JSON route takes: broken JSON, JSON that is not an object, the wrong type, too much.</summary>
public static class MalformedBodyCases
{
    private const int BadRequest = 400;

    public static IEnumerable<DirectLineBadInputCase> All()
    {
        string[] broken =
        [
            "{", "{\"type\":\"message\"", "{\"type\":\"message\",}", "{type: 'message'}", "{'type':'message'}", "{\"type\":\"message\"}{\"type\":\"message\"}",
            "{\"type\":\"message\",\"text\":\"unterminated}", "{\"type\":\"message\",\"text\":NaN}", "<activity type=\"message\"/>", "type=message&text=hi",
            "{\"a\":" + new string('[', 200) + new string(']', 200) + "}", new string('{', 5000),
        ];
        foreach (var (body, index) in broken.Select((b, i) => (b, i)))
        {
            yield return Rejected("malformed JSON", $"activity {index} ({BadInputText.Describe(body)})", t => Post(t.ConversationPath + "/activities", body, t.Token), BadRequest, DirectLineErrors.BadArgument);
        }

        yield return Rejected("malformed JSON", "activity in invalid UTF-8", t => Send(HttpMethod.Post, t.ConversationPath + "/activities", [0x7B, 0x22, 0x74, 0xFF, 0xFE, 0xC3, 0x28, 0x7D], "application/json", t.Token), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("malformed JSON", "page token", _ => Post("webchat/token", "{\"locale\":", null), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("malformed JSON", "generate", t => Post("v3/directline/tokens/generate", "{\"user\":{\"id\":}", t.Secret), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("malformed JSON", "start", t => Post("v3/directline/conversations", "{\"locale\":\"zh-CN\"", t.Token), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("malformed JSON", "upload activity part", t => Upload(t, ActivityPart("{\"type\":\"message\""), FilePart("a.png", "image/png", Samples.Png)), BadRequest, DirectLineErrors.BadArgument);

        string[] notObjects = ["[]", "[{\"type\":\"message\",\"text\":\"hi\"}]", "\"message\"", "42", "true", "null"];
        foreach (var body in notObjects)
        {
            yield return Rejected("not a JSON object", "activity " + body, t => Post(t.ConversationPath + "/activities", body, t.Token), BadRequest, DirectLineErrors.BadArgument);
        }

        foreach (var body in new[] { "[]", "\"zh-CN\"", "7" })
        {
            yield return Rejected("not a JSON object", "page token " + body, _ => Post("webchat/token", body, null), BadRequest, DirectLineErrors.BadArgument);
            yield return Rejected("not a JSON object", "generate " + body, t => Post("v3/directline/tokens/generate", body, t.Secret), BadRequest, DirectLineErrors.BadArgument);
            yield return Rejected("not a JSON object", "start " + body, t => Post("v3/directline/conversations", body, t.Token), BadRequest, DirectLineErrors.BadArgument);
        }

        yield return Rejected("not a JSON object", "upload activity part []", t => Upload(t, ActivityPart("[]"), FilePart("a.png", "image/png", Samples.Png)), BadRequest, DirectLineErrors.BadArgument);

        var (page, start, generate) = ("webchat/token", "v3/directline/conversations", "v3/directline/tokens/generate");
        yield return Rejected("wrong-typed field", "page token locale as object", _ => Post(page, "{\"locale\":{\"tag\":\"zh-CN\"}}", null), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("wrong-typed field", "page token locale as array", _ => Post(page, "{\"locale\":[\"zh-CN\"]}", null), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("wrong-typed field", "start locale as object", t => Post(start, "{\"locale\":{}}", t.Token), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("wrong-typed field", "start user as string", t => Post(start, "{\"user\":\"dl_me\"}", t.Secret), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("wrong-typed field", "generate user as string", t => Post(generate, "{\"user\":\"dl_me\"}", t.Secret), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("wrong-typed field", "generate user.id as object", t => Post(generate, "{\"user\":{\"id\":{}}}", t.Secret), BadRequest, DirectLineErrors.BadArgument);
        yield return Rejected("wrong-typed field", "generate user.id as number", t => Post(generate, "{\"user\":{\"id\":5}}", t.Secret), BadRequest, DirectLineErrors.BadArgument);

        // A JSON body declared as something else; browsers send text/plain cross-origin without asking first.
        var valid = new JObject { ["type"] = "message", ["text"] = "你好" }.ToString();
        foreach (var type in new[] { "text/plain", "application/x-www-form-urlencoded", "text/html", "application/xml", "application/octet-stream", "image/png" })
        {
            yield return Rejected("wrong content type", "activity as " + type, t => Post(t.ConversationPath + "/activities", valid, t.Token, type), 415, DirectLineErrors.UnsupportedMediaType);
        }

        yield return Rejected("wrong content type", "activity without a content type", t => Post(t.ConversationPath + "/activities", valid, t.Token, null), 415, DirectLineErrors.UnsupportedMediaType);
        yield return Rejected("wrong content type", "activity as multipart", t => Post(t.ConversationPath + "/activities", valid, t.Token, "multipart/form-data; boundary=x"), 415, DirectLineErrors.UnsupportedMediaType);
        yield return Rejected("wrong content type", "page token as text/plain", _ => Post(page, "{\"locale\":\"zh-CN\"}", null, "text/plain"), 415, DirectLineErrors.UnsupportedMediaType);
        yield return Rejected("wrong content type", "generate as form", t => Post(generate, "user=dl_me", t.Secret, "application/x-www-form-urlencoded"), 415, DirectLineErrors.UnsupportedMediaType);
        yield return Rejected("wrong content type", "start as text/plain", t => Post(start, "{}", t.Token, "text/plain"), 415, DirectLineErrors.UnsupportedMediaType);

        foreach (var (name, size) in new[] { ("1 MB of text", 1024 * 1024), ("300 KB of text", 300 * 1024) })
        {
            yield return Rejected("oversized body", name, t => PostActivity(t, Message(t, m => m["text"] = new string('a', size))), 413, DirectLineErrors.TooLarge);
        }

        yield return Rejected("oversized body", "1 MB of CJK text", t => PostActivity(t, Message(t, m => m["text"] = new string('长', 1024 * 1024 / 3))), 413, DirectLineErrors.TooLarge);
        yield return Rejected("oversized body", "5 MB channelData", t => PostActivity(t, Message(t, m => m["channelData"] = new JObject { ["blob"] = new string('x', 5 * 1024 * 1024) })), 413, DirectLineErrors.TooLarge);
        yield return Rejected("oversized body", "1 MB chunked, no length", t => Chunked(t.ConversationPath + "/activities", t.Token, 1024 * 1024), 413, DirectLineErrors.TooLarge);
        yield return Rejected("oversized body", "page token of 64 KB", _ => Post(page, "{\"locale\":\"" + new string('z', 64 * 1024) + "\"}", null), 413, DirectLineErrors.TooLarge);
        yield return Rejected("oversized body", "generate of 64 KB", t => Post(generate, "{\"user\":{\"id\":\"" + new string('u', 64 * 1024) + "\"}}", t.Secret), 413, DirectLineErrors.TooLarge);
        yield return Rejected("oversized body", "start of 64 KB", t => Post(start, "{\"pad\":\"" + new string('p', 64 * 1024) + "\"}", t.Token), 413, DirectLineErrors.TooLarge);
        yield return Rejected("oversized body", "upload activity part of 1 MB", t => Upload(t, ActivityPart(Message(t, m => m["text"] = new string('a', 1024 * 1024))), FilePart("a.png", "image/png", Samples.Png)), 413, DirectLineErrors.TooLarge);
    }

    internal static DirectLineBadInputCase Rejected(string category, string name, Func<BadInputTarget, HttpRequestMessage> request, int? status = null, string? code = null) =>
        new(category, name, BadInputExpectation.Rejected) { Request = request, Status = status, Code = code };

    /// <summary>A body sent in chunks with no declared length, so only counting what arrives can stop it.</summary>
    private static HttpRequestMessage Chunked(string path, string bearer, int size)
    {
        var bytes = Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"" + new string('a', size) + "\"}");
        var content = new StreamContent(new NoLengthStream(bytes));
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        return request;
    }

    /// <summary>A readable stream that will not tell its length.</summary>
    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
