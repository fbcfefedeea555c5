using System.Text;
using ComplaintBot.Bot.DirectLine;
using Newtonsoft.Json.Linq;
using static ComplaintBot.Web.Tests.BadInput.DirectLineRequests;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>Uploads that are malformed (refused) or merely bad (taken, stored under our own links, answered politely).</summary>
public static class UploadCases
{
    private const string Category = "upload";

    public static IEnumerable<DirectLineBadInputCase> All()
    {
        yield return Refused("no parts at all", t => Upload(t), 400, DirectLineErrors.BadArgument);
        yield return Refused("only an activity part", t => Upload(t, ActivityPart(Message(t))), 400, DirectLineErrors.BadArgument);
        yield return Refused("activity part not JSON", t => Upload(t, ActivityPart("type=message"), FilePart("a.png", "image/png", Samples.Png)), 400, DirectLineErrors.BadArgument);
        yield return Refused("two activity parts", t => Upload(t, ActivityPart(Message(t)), ActivityPart(Message(t)), FilePart("a.png", "image/png", Samples.Png)), 400, DirectLineErrors.BadArgument);
        yield return Refused("multipart without a boundary", t => Send(HttpMethod.Post, UploadPath(t), Encoding.ASCII.GetBytes("--x\r\n\r\n--x--\r\n"), "multipart/form-data", t.Token), 400, DirectLineErrors.BadArgument);
        yield return Refused("multipart cut off in a part", t => Send(HttpMethod.Post, UploadPath(t), Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG"), "multipart/form-data; boundary=x", t.Token), 400, DirectLineErrors.BadArgument);
        yield return Refused("multipart cut off in the headers", t => Send(HttpMethod.Post, UploadPath(t), Encoding.ASCII.GetBytes("--x\r\nContent-Disposition: form-da"), "multipart/form-data; boundary=x", t.Token), 400, DirectLineErrors.BadArgument);
        yield return Refused("multipart body that is not multipart", t => Send(HttpMethod.Post, UploadPath(t), Encoding.UTF8.GetBytes("{\"type\":\"message\"}"), "multipart/form-data; boundary=x", t.Token), 400, DirectLineErrors.BadArgument);
        yield return Refused("multipart with 10,000 header lines", t => Send(HttpMethod.Post, UploadPath(t), Encoding.ASCII.GetBytes("--x\r\n" + string.Concat(Enumerable.Repeat("X-Junk: y\r\n", 10_000)) + "\r\nabc\r\n--x--\r\n"), "multipart/form-data; boundary=x", t.Token), 400, DirectLineErrors.BadArgument);

        foreach (var type in new[] { "text/html", "application/javascript", "application/x-msdownload", "image", "???", "application/json" })
        {
            yield return Refused("file declared " + type, t => Upload(t, ActivityPart(Message(t)), FilePart("x.bin", type, Samples.Html)), 415, DirectLineErrors.UnsupportedMediaType);
        }

        yield return Refused("raw body declared text/html", t => Send(HttpMethod.Post, UploadPath(t), Samples.Html, "text/html", t.Token), 415, DirectLineErrors.UnsupportedMediaType);
        yield return Refused("raw body declared application/xhtml+xml", t => Send(HttpMethod.Post, UploadPath(t), Samples.Html, "application/xhtml+xml", t.Token), 415, DirectLineErrors.UnsupportedMediaType);
        yield return Refused("eleven files", t => Upload(t, [ActivityPart(Message(t)), .. Enumerable.Range(0, 11).Select(i => FilePart($"p{i}.png", "image/png", Samples.Png))]), 413, DirectLineErrors.TooLarge);

        // Bad but well-formed: the files are kept under our own links and the bot answers.
        var attachmentsBase = "/v3/directline/attachments/";
        yield return Taken("multipart with no activity part", t => Upload(t, FilePart("a.png", "image/png", Samples.Png)), o => OurLinks(o, attachmentsBase));
        yield return Taken("file without a declared type", t => Upload(t, ActivityPart(Message(t, (string?)null)), FilePart("a.png", null, Samples.Png)), o => OurLinks(o, attachmentsBase));
        yield return Taken("page disguised as a picture", t => Upload(t, ActivityPart(Message(t, (string?)null)), FilePart("photo.png", "image/png", Samples.Html)), o => OurLinks(o, attachmentsBase));
        yield return Taken("program disguised as a picture", t => Upload(t, ActivityPart(Message(t, (string?)null)), FilePart("photo.jpg", "image/jpeg", Samples.Exe)), o => OurLinks(o, attachmentsBase));
        yield return Taken("SVG with script", t => Upload(t, ActivityPart(Message(t, (string?)null)), FilePart("pic.svg", "image/svg+xml", Samples.Svg)), o => OurLinks(o, attachmentsBase));
        yield return Taken("empty file", t => Upload(t, ActivityPart(Message(t, (string?)null)), FilePart("empty.png", "image/png", [])), o => OurLinks(o, attachmentsBase));
        yield return Taken("raw body without a content type", t => Send(HttpMethod.Post, UploadPath(t), Samples.Png, null, t.Token), o => OurLinks(o, attachmentsBase));
        yield return Taken("file name with path traversal", t => Upload(t, ActivityPart(Message(t, (string?)null)), FilePart("../../../etc/passwd.png", "image/png", Samples.Png)), o =>
            (string?)o.Echo["attachments"]![0]!["name"] == "passwd.png" ? OurLinks(o, attachmentsBase) : "the file name kept its path: " + o.Echo["attachments"]![0]!["name"]);
        yield return Taken("file name with a Windows path", t => Upload(t, ActivityPart(Message(t, (string?)null)), FilePart("C:\\Users\\me\\secret.png", "image/png", Samples.Png)), o =>
            (string?)o.Echo["attachments"]![0]!["name"] == "secret.png" ? null : "the file name kept its path: " + o.Echo["attachments"]![0]!["name"]);
        yield return Taken("file name with control characters and markup", t => Upload(t, ActivityPart(Message(t, (string?)null)), FilePart("a\u0001\u001b<img src=x onerror=alert(1)>.png", "image/png", Samples.Png)), o =>
            ((string?)o.Echo["attachments"]![0]!["name"])?.Any(char.IsControl) == false ? null : "control characters kept in the file name");
        yield return Taken("attachments described with bogus URLs", t => Upload(t, ActivityPart(Message(t, m =>
        {
            m.Remove("text");
            m["attachments"] = new JArray(new JObject { ["name"] = "a.png", ["contentType"] = "image/png", ["contentUrl"] = "file:///etc/passwd", ["thumbnailUrl"] = "javascript:alert(1)" });
        })), FilePart("a.png", "image/png", Samples.Png)), o => o.Echo["attachments"]![0]!["thumbnailUrl"] is null ? OurLinks(o, attachmentsBase) : "a javascript: thumbnail was kept");
        yield return Taken("activity part claiming another user and role bot", t => Upload(t, ActivityPart(Message(t, m => m["from"] = new JObject { ["id"] = "dl_other", ["role"] = "bot" })), FilePart("a.png", "image/png", Samples.Png)), o => OurLinks(o, attachmentsBase));
        yield return Taken("userId of someone else in the query", t => Upload(t.ConversationPath + "/upload?userId=dl_other", t.Token, FilePart("a.png", "image/png", Samples.Png)), o => OurLinks(o, attachmentsBase));
        yield return Taken("declared size of 1 TB", t => Upload(t, ActivityPart(Message(t, m =>
        {
            m.Remove("text");
            ((JObject)m["channelData"]!)["attachmentSizes"] = new JArray(1_099_511_627_776L);
        })), FilePart("a.png", "image/png", Samples.Png)), o => OurLinks(o, attachmentsBase));
    }

    private static string UploadPath(BadInputTarget t) => t.ConversationPath + "/upload?userId=" + Uri.EscapeDataString(t.Conversation.UserId);

    private static DirectLineBadInputCase Refused(string name, Func<BadInputTarget, HttpRequestMessage> request, int status, string code) =>
        MalformedBodyCases.Rejected(Category, name, request, status, code);

    private static DirectLineBadInputCase Taken(string name, Func<BadInputTarget, HttpRequestMessage> request, Func<BadInputOutcome, string?> check) =>
        ActivityContentCases.Polite(Category, name, "zh-CN", request) with { Check = check };

    /// <summary>Every attachment of the echo points at this server's own copy, whatever the client described.</summary>
    private static string? OurLinks(BadInputOutcome outcome, string attachmentsBase)
    {
        var attachments = outcome.Echo["attachments"] as JArray ?? [];
        var foreign = attachments.Select(a => (string?)a["contentUrl"]).Where(url => url is null || !url.StartsWith(outcome.Target.BaseUrl + attachmentsBase, StringComparison.Ordinal)).ToList();
        return attachments.Count == 0 ? "no attachment stored" : foreign.Count == 0 ? null : "attachment links not ours: " + string.Join(", ", foreign);
    }
}
