using ComplaintBot.Bot.DirectLine;
using Newtonsoft.Json.Linq;
using static ComplaintBot.Web.Tests.BadInput.DirectLineRequests;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>Requests refused before any body is read: credentials, methods, watermarks, paths and ids.</summary>
public static class AccessCases
{
    public static IEnumerable<DirectLineBadInputCase> All() => [.. Credentials(), .. Methods(), .. Watermarks(), .. PathsAndIds()];

    private static IEnumerable<DirectLineBadInputCase> Credentials()
    {
        // Every route that takes a credential, with the right one swapped for a bad one.
        var routes = new (string Name, Func<BadInputTarget, HttpRequestMessage> Request)[]
        {
            ("get activities", t => Get(t.ConversationPath + "/activities", null)),
            ("post activity", t => Post(t.ConversationPath + "/activities", Message(t), null)),
            ("upload", t => Upload(t.ConversationPath + "/upload?userId=x", null, FilePart("a.png", "image/png", Samples.Png))),
            ("reconnect", t => Get(t.ConversationPath, null)),
            ("start", t => Post("v3/directline/conversations", new JObject(), null)),
            ("refresh", t => Send(HttpMethod.Post, "v3/directline/tokens/refresh", null, null, null)),
        };
        var credentials = new (string Name, Func<BadInputTarget, string?> Header, int Status, string Code)[]
        {
            ("none", _ => null, 401, DirectLineErrors.MissingToken),
            ("Basic scheme", t => "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()), 401, DirectLineErrors.MissingToken),
            ("garbage token", _ => "Bearer not-a-token", 403, DirectLineErrors.BadToken),
            ("expired token", t => "Bearer " + t.ExpiredToken, 403, DirectLineErrors.TokenExpired),
            ("token signed with another key", t => "Bearer " + t.ForgedToken, 403, DirectLineErrors.BadToken),
            ("tampered token", t => "Bearer " + Tamper(t.Token), 403, DirectLineErrors.BadToken),
        };
        foreach (var (route, request) in routes)
        {
            foreach (var (name, header, status, code) in credentials)
            {
                // Starting and refreshing are about no conversation, so a token of another conversation is not "wrong" there.
                yield return MalformedBodyCases.Rejected("credential", $"{route} with {name}", t => WithAuthorization(request(t), header(t)), status, code);
            }
        }

        foreach (var (route, request) in routes.Take(4))
        {
            yield return MalformedBodyCases.Rejected("credential", $"{route} with another conversation's token", t => WithAuthorization(request(t), "Bearer " + t.OtherToken), 403, DirectLineErrors.WrongConversation);
        }

        var headers = new (string Name, Func<BadInputTarget, string> Header, int Status, string Code)[]
        {
            ("empty Bearer", _ => "Bearer ", 401, DirectLineErrors.MissingToken),
            ("Bearer without a space", t => "Bearer" + t.Token, 401, DirectLineErrors.MissingToken),
            ("token of 5,000 characters", t => "Bearer dl1." + new string('A', 5000), 403, DirectLineErrors.BadToken),
            ("token with spaces inside", _ => "Bearer dl1.a b.c", 403, DirectLineErrors.BadToken),
            ("two tokens", t => "Bearer " + t.OtherToken + ", Bearer " + t.Token, 403, DirectLineErrors.BadToken),
            ("secret with a suffix", t => "Bearer " + t.Secret + "x", 403, DirectLineErrors.BadToken),
            ("token as the payload without signature", t => "Bearer " + t.Token[..t.Token.LastIndexOf('.')], 403, DirectLineErrors.BadToken),
        };
        foreach (var (name, header, status, code) in headers)
        {
            yield return MalformedBodyCases.Rejected("credential", "get activities with " + name, t => WithAuthorization(Get(t.ConversationPath + "/activities", null), header(t)), status, code);
        }

        yield return MalformedBodyCases.Rejected("credential", "generate with a token", t => Post("v3/directline/tokens/generate", new JObject(), t.Token), 403, DirectLineErrors.SecretRequired);
        yield return MalformedBodyCases.Rejected("credential", "generate with nothing", _ => Post("v3/directline/tokens/generate", new JObject(), null), 401, DirectLineErrors.MissingToken);
        yield return MalformedBodyCases.Rejected("credential", "refresh with the secret", t => Send(HttpMethod.Post, "v3/directline/tokens/refresh", null, null, t.Secret), 400, DirectLineErrors.BadArgument);
    }

    private static IEnumerable<DirectLineBadInputCase> Methods()
    {
        var wrong = new (string Method, Func<BadInputTarget, string> Path)[]
        {
            ("PUT", t => t.ConversationPath + "/activities"), ("DELETE", t => t.ConversationPath + "/activities"), ("PATCH", t => t.ConversationPath + "/activities"),
            ("DELETE", t => t.ConversationPath), ("PUT", _ => "v3/directline/conversations"), ("GET", _ => "v3/directline/tokens/generate"),
            ("GET", _ => "v3/directline/tokens/refresh"), ("GET", t => t.ConversationPath + "/upload"), ("GET", _ => "webchat/token"), ("DELETE", _ => "webchat/token"),
            ("POST", _ => "v3/directline/attachments/" + new string('a', 48)), ("POST", t => t.ConversationPath + "/stream"),
        };
        foreach (var (method, path) in wrong)
        {
            yield return MalformedBodyCases.Rejected("wrong method", $"{method} {path(BadInputTarget.Placeholder).Replace(BadInputTarget.Placeholder.Conversation.ConversationId, "{id}", StringComparison.Ordinal)}", t =>
                Send(new HttpMethod(method), path(t), method is "GET" or "DELETE" ? null : "{}"u8.ToArray(), "application/json", t.Token), 405, DirectLineErrors.MethodNotAllowed);
        }
    }

    private static IEnumerable<DirectLineBadInputCase> Watermarks()
    {
        foreach (var watermark in new[] { "-1", "abc", "1e3", "1.5", "0x10", "%201", "99999999999999999999", "%00", "1,2", "１" })
        {
            yield return MalformedBodyCases.Rejected("watermark", $"activities ?watermark={watermark}", t => Get(t.ConversationPath + "/activities?watermark=" + watermark, t.Token), 400, DirectLineErrors.BadArgument);
        }

        foreach (var watermark in new[] { "-5", "next" })
        {
            yield return MalformedBodyCases.Rejected("watermark", $"reconnect ?watermark={watermark}", t => Get(t.ConversationPath + "?watermark=" + watermark, t.Token), 400, DirectLineErrors.BadArgument);
        }

        // Past the end is not malformed: an empty page, and the watermark says where the end is.
        yield return new DirectLineBadInputCase("watermark", "activities ?watermark=2147483647", BadInputExpectation.Ignored)
        {
            Request = t => Get(t.ConversationPath + "/activities?watermark=2147483647", t.Token),
        };
        yield return new DirectLineBadInputCase("watermark", "two watermarks", BadInputExpectation.Rejected)
        {
            Request = t => Get(t.ConversationPath + "/activities?watermark=1&watermark=2", t.Token),
            Status = 400,
            Code = DirectLineErrors.BadArgument,
        };
    }

    private static IEnumerable<DirectLineBadInputCase> PathsAndIds()
    {
        string[] fileIds = ["..%2F..%2Fappsettings.json", "..%5C..%5Cappsettings.json", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", new string('A', 48), new string('a', 47), new string('a', 49), new string('g', 48), new string('a', 4000)];
        foreach (var id in fileIds)
        {
            yield return MalformedBodyCases.Rejected("path and id", $"attachment {BadInputText.Describe(id)}", _ => Get("v3/directline/attachments/" + id, null), 404, DirectLineErrors.NotFound);
        }

        yield return MalformedBodyCases.Rejected("path and id", "attachment with a name and traversal", _ => Get("v3/directline/attachments/" + new string('a', 48) + "/..%2F..%2Fappsettings.json", null), 404, DirectLineErrors.NotFound);
        yield return MalformedBodyCases.Rejected("path and id", "unknown channel route", t => Get("v3/directline/session/getsessionid", t.Token), 404, DirectLineErrors.NotFound);
        yield return MalformedBodyCases.Rejected("path and id", "bot-facing route not served to clients", t => Post(t.ConversationPath + "/activities/x", Message(t), t.Token), 404, DirectLineErrors.NotFound);

        string[] conversationIds = [new string('c', 2000), "..%2F..%2Fetc", "%E4%BC%9A%E8%AF%9D", "a%7Cb", "%20"];
        foreach (var id in conversationIds)
        {
            yield return MalformedBodyCases.Rejected("path and id", $"conversation id {BadInputText.Describe(id)} with the secret", t => Get("v3/directline/conversations/" + id + "/activities", t.Secret), 404, DirectLineErrors.ConversationNotFound);
        }

        // A NUL in the path never reaches the channel: the HTTP server refuses the request line itself, with no body.
        yield return new DirectLineBadInputCase("path and id", "attachment id with a NUL", BadInputExpectation.Rejected) { Request = _ => Get("v3/directline/attachments/" + new string('a', 46) + "%00", null), Status = 400, ErrorBody = false };
        yield return new DirectLineBadInputCase("path and id", "conversation id with a NUL", BadInputExpectation.Rejected) { Request = t => Get("v3/directline/conversations/" + new string('0', 32) + "%00/activities", t.Secret), Status = 400, ErrorBody = false };
        yield return MalformedBodyCases.Rejected("path and id", "post to a conversation id of 2,000 characters with the secret", t => Post("v3/directline/conversations/" + new string('c', 2000) + "/activities", Message(t), t.Secret), 404, DirectLineErrors.ConversationNotFound);
        yield return MalformedBodyCases.Rejected("path and id", "upload to an unknown conversation with the secret", t => Upload("v3/directline/conversations/" + new string('d', 32) + "/upload?userId=x", t.Secret, FilePart("a.png", "image/png", Samples.Png)), 404, DirectLineErrors.ConversationNotFound);

        // What HttpClient would tidy up: literal dot segments and a lying Content-Length, sent byte for byte.
        foreach (var path in new[] { "/v3/directline/attachments/../../../appsettings.json", "/v3/directline/attachments/%2e%2e/%2e%2e/%2e%2e/appsettings.json", "/v3/directline/attachments/..\\..\\appsettings.json" })
        {
            yield return new DirectLineBadInputCase("path and id", "raw " + path, BadInputExpectation.Rejected) { Raw = t => Raw(t, "GET", path, []), Status = 404, ErrorBody = false };
        }

        yield return new DirectLineBadInputCase("oversized body", "activity declaring 1 TB", BadInputExpectation.Rejected)
        {
            Raw = t => Raw(t, "POST", "/" + t.ConversationPath + "/activities", ["Authorization: Bearer " + t.Token, "Content-Type: application/json", "Content-Length: 1099511627776"], "{\"type\":\"message\""u8.ToArray()),
            Status = 413,
            Code = DirectLineErrors.TooLarge,
        };
        yield return new DirectLineBadInputCase("oversized body", "upload declaring 1 TB", BadInputExpectation.Rejected)
        {
            Raw = t => Raw(t, "POST", "/" + t.ConversationPath + "/upload?userId=x", ["Authorization: Bearer " + t.Token, "Content-Type: image/png", "Content-Length: 1099511627776"], Samples.Png),
            Status = 413,
            Code = DirectLineErrors.TooLarge,
        };
        yield return new DirectLineBadInputCase("oversized body", "page token declaring 1 TB", BadInputExpectation.Rejected)
        {
            Raw = t => Raw(t, "POST", "/webchat/token", ["Content-Type: application/json", "Content-Length: 1099511627776"], "{"u8.ToArray()),
            Status = 413,
            Code = DirectLineErrors.TooLarge,
        };
    }

    private static string Tamper(string token)
    {
        var chars = token.ToCharArray();
        var i = chars.Length - 3;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new string(chars);
    }
}
