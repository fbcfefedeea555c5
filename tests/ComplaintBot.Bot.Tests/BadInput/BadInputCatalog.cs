using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.BadInput;

/// <summary>Generates the bad inputs: malformed requests first, then well-formed activities with bad content.</summary>
public static class BadInputCatalog
{
    /// <summary>A valid message activity as JSON, the base every malformed variant is cut from.</summary>
    public static JObject ValidMessage(string conversationId, string text = "你好") => new()
    {
        ["type"] = "message",
        ["id"] = "bad-" + Guid.NewGuid().ToString("N"),
        ["channelId"] = "emulator",
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["deliveryMode"] = "expectReplies",
        ["locale"] = "zh-CN",
        ["text"] = text,
        ["conversation"] = new JObject { ["id"] = conversationId },
        ["from"] = new JObject { ["id"] = "bad-user", ["name"] = "User", ["role"] = "user" },
        ["recipient"] = new JObject { ["id"] = "bot", ["name"] = "ComplaintBot", ["role"] = "bot" },
    };

    public static IReadOnlyList<BadInputCase> All() => [.. Malformed(), .. Content()];

    public static IEnumerable<BadInputCase> Malformed()
    {
        var valid = ValidMessage("malformed").ToString(Formatting.None);

        // Cut a valid activity at many places: every prefix is malformed JSON.
        for (var cut = 1; cut < valid.Length; cut += Math.Max(1, valid.Length / 40))
        {
            yield return Rejected("malformed JSON", $"truncated at {cut}", valid[..cut]);
        }

        string[] garbage =
        [
            "", " ", "null", "[]", "{}", "123", "\"message\"", "true", "{\"type\":}", "{type: 'message'}", "{'type':'message'}",
            "<activity/>", "type=message&text=hi", "{\"type\":\"message\",}", "{\"type\":\"message\"}{\"type\":\"message\"}",
            "\uFEFF{\"type\":\"message\"", "{\"type\":\"message\",\"text\":\"unterminated}", "{\"type\":\"message\",\"text\":\"\\x41\"}",
            "{\"a\":" + new string('[', 2000) + new string(']', 2000) + "}", new string('{', 5000),
        ];
        foreach (var (text, index) in garbage.Select((g, i) => (g, i)))
        {
            yield return Rejected("malformed JSON", $"garbage {index}", text);
        }

        yield return new BadInputCase("malformed JSON", "invalid UTF-8", BadInputExpectation.Rejected, Body: [0x7B, 0xFF, 0xFE, 0xC3, 0x28, 0x7D]);

        foreach (var field in new[] { "type", "serviceUrl", "channelId", "conversation", "from" })
        {
            yield return Rejected("missing field", field, Without(valid, field));
            yield return Rejected("missing field", field + " (conversationUpdate)", Without(With(valid, "type", "conversationUpdate"), field));
        }

        yield return Rejected("missing field", "conversation.id", With(valid, "conversation", new JObject()));
        foreach (var name in new[] { "composeExtension/query", "task/fetch", "adaptiveCard/action", "unknown/invoke" })
        {
            yield return Rejected("missing field", "value of invoke " + name, With(With(valid, "type", "invoke"), "name", name));
        }

        yield return Rejected("missing field", "from.id", With(valid, "from", new JObject { ["name"] = "x" }));

        var wrongTypes = new (string Field, JToken Value)[]
        {
            ("type", 123), ("type", new JObject()), ("type", new JArray()), ("type", ""), ("type", JValue.CreateNull()),
            ("serviceUrl", 123), ("serviceUrl", "not a url"), ("serviceUrl", "ftp://example.org/"), ("serviceUrl", ""), ("serviceUrl", "/relative"),
            ("serviceUrl", "javascript:alert(1)"), ("serviceUrl", new JObject()), ("conversation", "conv"), ("conversation", 5), ("conversation", new JArray()),
            ("from", "user"), ("from", new JArray()), ("channelId", ""), ("channelId", new JObject()), ("text", new JObject()),
            ("text", new JArray(1, 2)), ("attachments", "file.jpg"), ("attachments", new JObject()), ("attachments", 7), ("entities", "x"),
            ("timestamp", "yesterday"), ("membersAdded", "everyone"), ("conversation", new JObject { ["id"] = new JObject() }),
            ("from", new JObject { ["id"] = new JArray() }), ("suggestedActions", "yes"),
        };
        foreach (var (field, value) in wrongTypes)
        {
            yield return Rejected("wrong-typed field", $"{field} = {value.ToString(Formatting.None)}", With(valid, field, value));
        }

        foreach (var contentType in new string?[] { null, "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/html", "application/octet-stream", "json", "application/json; charset=\"", "image/jpeg" })
        {
            yield return new BadInputCase("wrong content type", contentType ?? "(none)", BadInputExpectation.Rejected, Encoding.UTF8.GetBytes(valid), contentType);
        }

        var oversized = With(valid, "text", new string('长', 2 * 1024 * 1024));
        yield return Rejected("oversized body", "6 MB of text", oversized);
        yield return new BadInputCase("oversized body", "5 MB attachment data URI", BadInputExpectation.Rejected, Encoding.UTF8.GetBytes(With(valid, "attachments", new JArray(new JObject
        {
            ["contentType"] = "image/jpeg",
            ["contentUrl"] = "data:image/jpeg;base64," + Convert.ToBase64String(new byte[4 * 1024 * 1024]),
        }))));

        foreach (var method in new[] { "GET", "PUT", "DELETE", "PATCH" })
        {
            yield return new BadInputCase("wrong method", method, BadInputExpectation.Rejected, Encoding.UTF8.GetBytes(valid), Method: method);
        }
    }

    public static IEnumerable<BadInputCase> Content()
    {
        string[] texts =
        [
            new string('长', 1024 * 1024 / 3), new string('a', 1024 * 1024), "\u0000", "\u0000\u0001\u0002\u0003\u001b[31m", "abc\u0007\u0008\u000b\u000c",
            "\ud800", "\udfff", "x\ud83dy", "\ud83d\ude00\ud83d\ude00\ud83d\ude00", "🤬🤬🤬", "👍", "🏳️‍🌈", "\u200b\u200b\u200b", "\u202egnp.exe", "\ufeff",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>", "</div><b>bold</b>", "&lt;&gt;&amp;&#0;",
            "'; DROP TABLE complaints; --", "1' OR '1'='1", "\" OR \"\"=\"", "admin'--", "1; SELECT * FROM users",
            "{{complaintId}}", "${jndi:ldap://127.0.0.1/a}", "%s%s%s%n", "../../../../etc/passwd", "C:\\Windows\\System32",
            "   ", "\t\n\r", "。。。。", "？？？", "!!!!!!!!", "null", "undefined", "NaN", "-1", "9999999999999999999999999999999999",
            "[object Object]", "{\"action\":\"confirm\"}", "\\u0000", "ｆｕｌｌｗｉｄｔｈ", "Ａ１２３", new string('字', 5000), string.Concat(Enumerable.Repeat("长句子", 900)),
        ];
        foreach (var (text, index) in texts.Select((t, i) => (t, i)))
        {
            yield return Turn("bad text", $"text {index} ({Describe(text)})", BadInputExpectation.PoliteReply, a => With(a, "text", text));
        }

        JToken[] submits =
        [
            new JObject { ["action"] = "confirm", ["complaintId"] = "forged-id" },
            new JObject { ["action"] = "confirm", ["complaintId"] = "" },
            new JObject { ["action"] = "confirm" },
            new JObject { ["action"] = "edit", ["complaintId"] = "../../etc" },
            new JObject { ["action"] = "addEvidence", ["complaintId"] = "x" },
            new JObject { ["action"] = "delete", ["complaintId"] = "*" },
            new JObject { ["action"] = "<script>", ["complaintId"] = "x" },
            new JObject { ["action"] = 123, ["complaintId"] = 456 },
            new JObject { ["action"] = new JObject(), ["complaintId"] = new JArray() },
            new JObject { ["action"] = null },
            new JObject { ["unknown"] = "field" },
            new JObject(),
            new JArray(1, 2, 3),
            "just a string",
            42,
            true,
            new JObject { ["action"] = "confirm", ["complaintId"] = new string('x', 100_000) },
            Nest(60),
        ];
        foreach (var (value, index) in submits.Select((v, i) => (v, i)))
        {
            yield return Turn("card submit", $"value {index} ({Describe(value.ToString(Formatting.None))})", BadInputExpectation.PoliteReply, a => WithoutText(With(a, "value", value)));
        }

        foreach (var type in new[] { "foo", "MESSAGE", "message ", "typing", "endOfConversation", "event", "messageReaction", "messageUpdate", "messageDelete", "installationUpdate", "contactRelationUpdate", "handoff", "trace", "suggestion", "command", "deleteUserData" })
        {
            yield return Turn("activity type", type, BadInputExpectation.Ignored, a => With(a, "type", type));
        }

        foreach (var name in new[] { "unknown/invoke", "adaptiveCard/action", "composeExtension/query", "task/fetch", "signin/verifyState", "fileConsent/invoke", "actionableMessage/executeAction", "" })
        {
            yield return Turn("invoke", name.Length == 0 ? "(no name)" : name, BadInputExpectation.Ignored, a => With(With(With(a, "type", "invoke"), "name", name), "value", new JObject()));
        }

        string[] urls =
        [
            "http://127.0.0.1:1/photo.jpg", "http://localhost/photo.jpg", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/a.jpg", "http://[::1]/a.jpg",
            "file:///etc/passwd", "ftp://example.org/a.jpg", "javascript:alert(1)", "gopher://127.0.0.1:6379/_INFO", "not a url", "",
            "data:image/jpeg;base64,!!!not-base64!!!", "data:image/jpeg;base64,", "data:text/html,<script>alert(1)</script>", "data:,", "http://0x7f000001/a.jpg",
            "http://user:pass@127.0.0.1/a.jpg", "https://example.invalid/a.jpg",
        ];
        foreach (var (url, index) in urls.Select((u, i) => (u, i)))
        {
            yield return Turn("attachment URL", $"url {index} ({Describe(url)})", BadInputExpectation.PoliteReply, a => WithoutText(With(a, "attachments", new JArray(new JObject
            {
                ["contentType"] = "image/jpeg",
                ["contentUrl"] = url,
                ["name"] = "photo.jpg",
            }))));
        }

        var jpeg = Convert.ToBase64String(Infrastructure.SampleFiles.Jpeg);
        var attachments = new (string Name, JObject Attachment)[]
        {
            ("declared 1 TB Teams file", new JObject { ["contentType"] = "application/vnd.microsoft.teams.file.download.info", ["name"] = "big.jpg", ["content"] = new JObject { ["downloadUrl"] = "http://127.0.0.1:1/big.jpg", ["fileType"] = "jpg", ["size"] = 1_099_511_627_776L } }),
            ("declared negative size", new JObject { ["contentType"] = "image/jpeg", ["name"] = "a.jpg", ["contentUrl"] = "data:image/jpeg;base64," + jpeg, ["content"] = new JObject { ["size"] = -1 } }),
            ("exe as image", new JObject { ["contentType"] = "image/jpeg", ["name"] = "photo.jpg", ["contentUrl"] = "data:image/jpeg;base64," + Convert.ToBase64String("MZ\u0090\u0000not really an image"u8.ToArray()) }),
            ("exe content type", new JObject { ["contentType"] = "application/x-msdownload", ["name"] = "setup.exe", ["contentUrl"] = "data:application/x-msdownload;base64,TVqQAAMAAAAEAAAA" }),
            ("html as png", new JObject { ["contentType"] = "image/png", ["name"] = "a.png", ["contentUrl"] = "data:image/png;base64," + Convert.ToBase64String("<html><script>alert(1)</script></html>"u8.ToArray()) }),
            ("jpeg declared as pdf", new JObject { ["contentType"] = "application/pdf", ["name"] = "a.pdf", ["contentUrl"] = "data:application/pdf;base64," + jpeg }),
            ("no content type", new JObject { ["name"] = "a.jpg", ["contentUrl"] = "data:image/jpeg;base64," + jpeg }),
            ("bogus content type", new JObject { ["contentType"] = "image/\u0000\"<>", ["name"] = "a.jpg", ["contentUrl"] = "data:image/jpeg;base64," + jpeg }),
            ("adaptive card sent by the user", new JObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = new JObject { ["type"] = "AdaptiveCard" } }),
            ("hero card sent by the user", new JObject { ["contentType"] = "application/vnd.microsoft.card.hero", ["content"] = "x" }),
            ("path traversal name", new JObject { ["contentType"] = "image/jpeg", ["name"] = "../../../../etc/cron.d/x.jpg", ["contentUrl"] = "data:image/jpeg;base64," + jpeg }),
            ("control characters in name", new JObject { ["contentType"] = "image/jpeg", ["name"] = "a\u0000\u001b[31m\ud800.jpg", ["contentUrl"] = "data:image/jpeg;base64," + jpeg }),
            ("very long name", new JObject { ["contentType"] = "image/jpeg", ["name"] = new string('n', 10_000) + ".jpg", ["contentUrl"] = "data:image/jpeg;base64," + jpeg }),
            ("empty attachment", new JObject()),
            ("only a name", new JObject { ["name"] = "a.jpg" }),
            ("thumbnail URL only", new JObject { ["contentType"] = "image/jpeg", ["thumbnailUrl"] = "http://127.0.0.1/t.jpg" }),
            ("empty data", new JObject { ["contentType"] = "image/jpeg", ["name"] = "empty.jpg", ["contentUrl"] = "data:image/jpeg;base64," }),
        };
        foreach (var (name, attachment) in attachments)
        {
            yield return Turn("attachment content", name, BadInputExpectation.PoliteReply, a => WithoutText(With(a, "attachments", new JArray(attachment))));
        }

        yield return Turn("attachment content", "fifty bogus attachments at once", BadInputExpectation.PoliteReply, a => WithoutText(With(a, "attachments", new JArray(Enumerable.Range(0, 50).Select(i => new JObject
        {
            ["contentType"] = "image/jpeg",
            ["name"] = $"p{i}.jpg",
            ["contentUrl"] = "http://127.0.0.1:1/p" + i + ".jpg",
        })))));

        foreach (var locale in new[] { "xx-YY", "", "zh-CN\u0000", "../../en", new string('z', 500) })
        {
            yield return Turn("locale", $"locale '{Describe(locale)}'", BadInputExpectation.PoliteReply, a => With(a, "locale", locale));
        }
    }

    /// <summary>Marks a turn case whose activity is the template changed by <paramref name="change"/>.</summary>
    private static BadInputCase Turn(string category, string name, BadInputExpectation expectation, Func<string, string> change) =>
        new(category, name, expectation, Activity: template => change(template.ToString(Formatting.None)));

    private static BadInputCase Rejected(string category, string name, string body) =>
        new(category, name, BadInputExpectation.Rejected, Encoding.UTF8.GetBytes(body));

    private static string With(string json, string field, JToken? value)
    {
        var obj = JObject.Parse(json);
        obj[field] = value ?? JValue.CreateNull();
        return obj.ToString(Formatting.None);
    }

    private static string Without(string json, string field)
    {
        var obj = JObject.Parse(json);
        obj.Remove(field);
        return obj.ToString(Formatting.None);
    }

    private static string WithoutText(string json) => Without(json, "text");

    private static JObject Nest(int depth)
    {
        var root = new JObject();
        var current = root;
        for (var i = 0; i < depth; i++)
        {
            var child = new JObject();
            current["n"] = child;
            current = child;
        }

        return root;
    }

    private static string Describe(string text)
    {
        var visible = new string(text.Take(24).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? '·' : c).ToArray());
        return text.Length > 24 ? $"{visible}… {text.Length} chars" : visible;
    }
}
