using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>Every bad input of the Direct Line suite, and the route each one goes to.</summary>
public static partial class DirectLineBadInputCatalog
{
    /// <summary>The channel's routes as a client sees them (method and template).</summary>
    public static IReadOnlyList<string> Routes { get; } =
    [
        "POST /webchat/token", "POST /v3/directline/tokens/generate", "POST /v3/directline/tokens/refresh", "POST /v3/directline/conversations",
        "GET /v3/directline/conversations/{id}", "GET /v3/directline/conversations/{id}/activities", "POST /v3/directline/conversations/{id}/activities",
        "POST /v3/directline/conversations/{id}/upload", "GET /v3/directline/conversations/{id}/stream", "GET /v3/directline/attachments/{fileId}",
    ];

    public static IReadOnlyList<DirectLineBadInputCase> All() =>
        [.. MalformedBodyCases.All(), .. ActivityShapeCases.All(), .. ActivityContentCases.All(), .. UploadCases.All(), .. AccessCases.All(), .. StreamCases.All()];

    /// <summary>The route a case is sent to, as <c>METHOD /template</c> (a path that is no route keeps its own shape).</summary>
    public static string RouteOf(DirectLineBadInputCase badInput, BadInputTarget target)
    {
        if (badInput.Frames is not null)
        {
            return "GET /v3/directline/conversations/{id}/stream";
        }

        string method;
        string path;
        if (badInput.Raw is not null)
        {
            var line = Encoding.ASCII.GetString(badInput.Raw(target)).Split("\r\n")[0].Split(' ');
            (method, path) = (line[0], line[1]);
        }
        else
        {
            using var request = badInput.Request!(target);
            (method, path) = (request.Method.Method, "/" + request.RequestUri!.OriginalString.TrimStart('/'));
        }

        path = path.Split('?')[0];
        path = ConversationSegment().Replace(path, "/conversations/{id}");
        path = AttachmentSegment().Replace(path, "/attachments/{fileId}");
        return method + " " + path;
    }

    [GeneratedRegex("/conversations/[^/]+")]
    private static partial Regex ConversationSegment();

    [GeneratedRegex("/attachments/[^/]+(/.*)?$")]
    private static partial Regex AttachmentSegment();
}
