using Newtonsoft.Json.Linq;
using static ComplaintBot.Web.Tests.BadInput.DirectLineRequests;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>Well-formed activities with bad content: the bot answers politely, in the user's language, and stays at its step.</summary>
public static class ActivityContentCases
{
    public static IEnumerable<DirectLineBadInputCase> All()
    {
        string[] texts =
        [
            "\u0000", "\u0000\u0001\u0002\u0003\u001b[31m", "abc\u0007\u0008\u000b\u000c\u007f", "\ud800", "\udfff", "x\ud83dy", "\ud83d\ude00\ud83d\ude00\ud83d\ude00",
            "🤬🤬🤬", "👍", "🏳️‍🌈", "\u200b\u200b\u200b", "\u202egnp.exe", "\ufeff", "   ", "。。。。", "？？？", "null", "NaN", "-1",
            "9999999999999999999999999999999999", "{{complaintId}}", "${jndi:ldap://127.0.0.1/a}", "%s%s%s%n", "../../../../etc/passwd", new string('字', 20_000),
        ];
        foreach (var (text, index) in texts.Select((t, i) => (t, i)))
        {
            foreach (var locale in new[] { "zh-CN", "en-US" })
            {
                yield return Polite("bad text", $"text {index} ({BadInputText.Describe(text)}) [{locale}]", locale, t => PostActivity(t, Message(t, text)));
            }
        }

        // Markup and queries travel as plain data: stored verbatim, written escaped, never run or executed.
        string[] injections =
        [
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"javascript:alert(1)\"></iframe>", "</div><b>bold</b>", "\"><svg onload=alert(1)>",
            "[click](javascript:alert(1))", "'; DROP TABLE complaints; --", "1' OR '1'='1", "admin'--", "1; SELECT * FROM users", "\" OR \"\"=\"", "' UNION SELECT key, value FROM state --",
        ];
        foreach (var (text, index) in injections.Select((t, i) => (t, i)))
        {
            foreach (var locale in new[] { "zh-CN", "en-US" })
            {
                yield return Polite("injection", $"injection {index} ({BadInputText.Describe(text)}) [{locale}]", locale, t => PostActivity(t, Message(t, text))) with { Check = o => Verbatim(o, text) };
            }
        }

        JToken[] submits =
        [
            new JObject { ["action"] = "confirm", ["complaintId"] = "forged-id" }, new JObject { ["action"] = "confirm" }, new JObject { ["action"] = "edit", ["complaintId"] = "../../etc" },
            new JObject { ["action"] = "delete", ["complaintId"] = "*" }, new JObject { ["action"] = "<script>", ["complaintId"] = "x" }, new JObject { ["action"] = 123, ["complaintId"] = 456 },
            new JObject { ["action"] = new JObject(), ["complaintId"] = new JArray() }, new JObject { ["unknown"] = "field" }, new JObject(), new JArray(1, 2, 3), "just a string", 42,
            new JObject { ["problemType"] = "<b>leak</b>", ["step"] = "review.confirm" }, new JObject { ["action"] = "confirm", ["complaintId"] = new string('x', 100_000) },
        ];
        foreach (var (value, index) in submits.Select((v, i) => (v, i)))
        {
            yield return Polite("card submit", $"value {index} ({BadInputText.Describe(Json(value))})", "zh-CN", t => PostActivity(t, Message(t, m =>
            {
                m.Remove("text");
                m["value"] = value.DeepClone();
                ((JObject)m["channelData"]!)["postBack"] = true;
            })));
        }

        foreach (var c in IdentityCases())
        {
            yield return c;
        }

        string[] urls =
        [
            "javascript:alert(1)", "file:///etc/passwd", "file://c:/windows/win.ini", "\\\\intranet\\share\\a.png", "http://169.254.169.254/latest/meta-data/", "http://127.0.0.1:1/a.png",
            "http://localhost:3978/api/messages", "http://[::1]/a.png", "http://10.0.0.1/a.png", "gopher://127.0.0.1:6379/_INFO", "data:text/html,<script>alert(1)</script>",
            "data:image/png;base64,!!!not-base64!!!", "not a url", "", "/v3/directline/attachments/" + new string('a', 48),
        ];
        foreach (var (url, index) in urls.Select((u, i) => (u, i)))
        {
            yield return Polite("attachment URL", $"url {index} ({BadInputText.Describe(url)})", "zh-CN", t => PostActivity(t, Message(t, m =>
            {
                m.Remove("text");
                m["attachments"] = new JArray(new JObject { ["contentType"] = "image/png", ["contentUrl"] = url, ["name"] = "photo.png" });
            })));
        }

        yield return Polite("declared size", "attachment declaring 1 TB", "zh-CN", t => PostActivity(t, Message(t, m =>
        {
            m.Remove("text");
            m["attachments"] = new JArray(new JObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:1/big.png", ["name"] = "big.png", ["content"] = new JObject { ["size"] = 1_099_511_627_776L } });
        })));
        yield return Polite("declared size", "channelData attachmentSizes of 10^18 and -1", "zh-CN", t => PostActivity(t, Message(t, m =>
        {
            m.Remove("text");
            m["attachments"] = new JArray(new JObject { ["contentType"] = "image/png", ["contentUrl"] = "http://127.0.0.1:1/a.png", ["name"] = "a.png" });
            ((JObject)m["channelData"]!)["attachmentSizes"] = new JArray(1_000_000_000_000_000_000L, -1);
        })));
    }

    /// <summary>Activities that claim to be someone or somewhere else: the channel overwrites every claim.</summary>
    private static IEnumerable<DirectLineBadInputCase> IdentityCases()
    {
        var claims = new (string Name, Action<JObject, BadInputTarget> Edit)[]
        {
            ("another conversation id", (m, _) => m["conversation"] = new JObject { ["id"] = new string('f', 32) }),
            ("another user id", (m, _) => m["from"] = new JObject { ["id"] = "dl_someone_else", ["name"] = "Someone" }),
            ("role bot", (m, t) => m["from"] = new JObject { ["id"] = t.Conversation.UserId, ["role"] = "bot" }),
            ("the bot's own account", (m, _) => m["from"] = new JObject { ["id"] = "complaintbot", ["name"] = "ComplaintBot", ["role"] = "bot" }),
            ("a recipient other than the bot", (m, t) => m["recipient"] = new JObject { ["id"] = t.Conversation.UserId, ["role"] = "user" }),
            ("another channel", (m, _) => m["channelId"] = "msteams"),
            ("an internal serviceUrl", (m, _) => m["serviceUrl"] = "http://169.254.169.254/"),
            ("a server id of an earlier activity", (m, t) => m["id"] = t.Conversation.ConversationId + "|0000001"),
            ("a timestamp far in the future", (m, _) => m["timestamp"] = "2999-01-01T00:00:00.000Z"),
            ("a name of 10,000 characters", (m, t) => m["from"] = new JObject { ["id"] = t.Conversation.UserId, ["name"] = new string('名', 10_000) }),
            ("a forged replyToId", (m, t) => m["replyToId"] = t.Conversation.ConversationId + "|9999999"),
        };
        foreach (var (name, edit) in claims)
        {
            yield return Polite("identity claim", name, "zh-CN", t => PostActivity(t, Message(t, m => edit(m, t))));
        }

        // A client retrying a post sends the same activity (same id, same clientActivityID) again.
        var replayed = "replayed-" + Guid.NewGuid().ToString("N");
        yield return Polite("replayed id", "the same activity twice", "zh-CN", t => PostActivity(t, Message(t, m =>
        {
            m["id"] = replayed;
            ((JObject)m["channelData"]!)["clientActivityID"] = replayed;
        }))) with
        {
            Times = 2,
            Check = o => o.Ids.Distinct().Count() == o.Ids.Count && !o.Ids.Contains(replayed) ? null : "the replay did not get its own server id: " + string.Join(", ", o.Ids),
        };
    }

    internal static DirectLineBadInputCase Polite(string category, string name, string locale, Func<BadInputTarget, HttpRequestMessage> request) =>
        new(category, name, BadInputExpectation.PoliteReply) { Request = request, Locale = locale };

    /// <summary>The text is stored as sent, and the raw activities page writes its markup escaped.</summary>
    private static string? Verbatim(BadInputOutcome outcome, string text)
    {
        if ((string?)outcome.Echo["text"] != text)
        {
            return "the stored text differs from what was sent: " + (string?)outcome.Echo["text"];
        }

        foreach (var markup in new[] { "<script", "<img", "<iframe", "<svg", "</div>" })
        {
            if (outcome.RawActivities.Contains(markup, StringComparison.OrdinalIgnoreCase))
            {
                return $"'{markup}' is written unescaped in the activities page";
            }
        }

        return null;
    }
}
