using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>Builds the requests of the catalogue: exact bytes, exact headers, nothing fixed up on the way.</summary>
public static class DirectLineRequests
{
    /// <summary>A well-formed message from the conversation's user, the base every bad variant is cut from.</summary>
    public static JObject Message(BadInputTarget target, string? text = "你好") => new()
    {
        ["type"] = "message",
        ["text"] = text,
        ["locale"] = target.Conversation.Locale,
        ["from"] = new JObject { ["id"] = target.Conversation.UserId, ["name"] = "Shopper", ["role"] = "user" },
        ["channelData"] = new JObject { ["clientActivityID"] = "bad-" + Guid.NewGuid().ToString("N") },
    };

    /// <summary>A message changed by one edit.</summary>
    public static JObject Message(BadInputTarget target, Action<JObject> edit)
    {
        var message = Message(target);
        edit(message);
        return message;
    }

    public static string Json(JToken token) => token.ToString(Formatting.None);

    public static HttpRequestMessage Send(HttpMethod method, string path, byte[]? body, string? contentType, string? bearer)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        }

        return request;
    }

    public static HttpRequestMessage Post(string path, string body, string? bearer, string? contentType = "application/json") =>
        Send(HttpMethod.Post, path, Encoding.UTF8.GetBytes(body), contentType, bearer);

    public static HttpRequestMessage Post(string path, JToken body, string? bearer) => Post(path, Json(body), bearer);

    public static HttpRequestMessage Get(string path, string? bearer) => Send(HttpMethod.Get, path, null, null, bearer);

    /// <summary>Posts an activity to the target conversation with its own token.</summary>
    public static HttpRequestMessage PostActivity(BadInputTarget target, string body) => Post(target.ConversationPath + "/activities", body, target.Token);

    public static HttpRequestMessage PostActivity(BadInputTarget target, JToken body) => PostActivity(target, Json(body));

    /// <summary>A request with a raw <c>Authorization</c> header value (or none).</summary>
    public static HttpRequestMessage WithAuthorization(HttpRequestMessage request, string? header)
    {
        request.Headers.Remove("Authorization");
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        return request;
    }

    /// <summary>A WebSocket handshake sent as an ordinary request, so a refusal's status and body can be read.</summary>
    public static HttpRequestMessage Handshake(string pathAndQuery, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        request.Headers.Connection.Add("Upgrade");
        request.Headers.Upgrade.Add(new ProductHeaderValue("websocket"));
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", Convert.ToBase64String(Guid.NewGuid().ToByteArray()));
        if (origin is not null)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }

        return request;
    }

    /// <summary>A <c>multipart/form-data</c> upload with the given parts, exactly as given.</summary>
    public static HttpRequestMessage Upload(BadInputTarget target, params UploadPart[] parts) =>
        Upload(target.ConversationPath + "/upload?userId=" + Uri.EscapeDataString(target.Conversation.UserId), target.Token, parts);

    public static HttpRequestMessage Upload(string pathAndQuery, string? bearer, params UploadPart[] parts)
    {
        var form = new MultipartFormDataContent("bad-input-boundary");
        foreach (var part in parts)
        {
            var content = new ByteArrayContent(part.Content);
            if (part.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", part.ContentType);
            }

            if (part.FileName is null)
            {
                form.Add(content, part.Field);
            }
            else
            {
                form.Add(content, part.Field, part.FileName);
            }
        }

        var request = new HttpRequestMessage(HttpMethod.Post, pathAndQuery) { Content = form };
        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        }

        return request;
    }

    /// <summary>The activity part of an upload (what DirectLineJS sends beside the files).</summary>
    public static UploadPart ActivityPart(string json) => new("activity", "blob", "application/vnd.microsoft.activity", Encoding.UTF8.GetBytes(json));

    public static UploadPart ActivityPart(JToken activity) => ActivityPart(Json(activity));

    public static UploadPart FilePart(string? name, string? contentType, byte[] content) => new("file", name, contentType, content);

    /// <summary>The bytes of a whole HTTP/1.1 request, headers exactly as given.</summary>
    public static byte[] Raw(BadInputTarget target, string method, string requestTarget, IEnumerable<string> headers, byte[]? body = null)
    {
        var head = new StringBuilder()
            .Append(method).Append(' ').Append(requestTarget).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(target.Authority).Append("\r\n")
            .Append("Connection: close\r\n");
        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body ?? []];
    }
}

/// <summary>One part of a multipart upload.</summary>
/// <param name="Field">The form field name.</param>
/// <param name="FileName">The file name, or null for none.</param>
/// <param name="ContentType">The part's declared type, or null for none.</param>
/// <param name="Content">The bytes.</param>
public sealed record UploadPart(string Field, string? FileName, string? ContentType, byte[] Content);
