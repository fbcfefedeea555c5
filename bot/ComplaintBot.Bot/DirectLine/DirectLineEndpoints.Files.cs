using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>The file routes: uploads, which become one message with links to the stored files, and the files themselves.</summary>
internal static partial class DirectLineEndpoints
{
    /// <summary><c>POST /conversations/{id}/upload?userId=</c>: files (and an optional activity part) become one message.</summary>
    private static async Task<IResult> UploadAsync(HttpContext context, string conversationId, DirectLineAuth auth, DirectLineConversationStore store, DirectLineChannel channel, IOptions<DirectLineOptions> options)
    {
        if (auth.Check(DirectLineAuth.Bearer(context.Request), conversationId, out var caller) is { } error)
        {
            return error;
        }

        if (!DirectLineConversationIds.IsWellFormed(conversationId))
        {
            return DirectLineConversationIds.Unknown;
        }

        var conversation = await store.FindAsync(conversationId, context.RequestAborted).ConfigureAwait(false);
        if (conversation is null)
        {
            return NotFound(conversationId);
        }

        var limits = options.Value;
        if (context.Request.ContentLength > limits.MaxUploadBytes)
        {
            return TooLarge($"An upload may hold at most {limits.MaxUploadBytes} bytes.");
        }

        SetBodyLimit(context, limits.MaxUploadBytes);
        var upload = await UploadReader.ReadAsync(context.Request, limits, context.RequestAborted).ConfigureAwait(false);
        if (upload.Error is not null)
        {
            return upload.Error;
        }

        var activity = upload.Activity ?? new JObject { ["type"] = "message" };
        if (DirectLineActivityShape.Problem(activity) is { } problem)
        {
            return BadActivity(problem);
        }

        if ((string?)activity["type"] != "message")
        {
            return BadActivity("The activity part of an upload must be a message.");
        }

        if (Normalize(activity, caller, conversation, context.Request.Query["userId"]) is { } fromError)
        {
            return fromError;
        }

        var described = activity["attachments"] as JArray ?? [];
        var attachments = new JArray();
        for (var i = 0; i < upload.Files.Count; i++)
        {
            var file = upload.Files[i];
            var fileId = await store.SaveFileAsync(conversationId, file.Name, file.ContentType, file.Content, context.RequestAborted).ConfigureAwait(false);
            var attachment = new JObject
            {
                ["contentType"] = file.ContentType,
                ["contentUrl"] = channel.ServiceUrl + "v3/directline/attachments/" + fileId,
                ["name"] = file.Name,
            };
            if (Describing(described, file.Name, i) is { } meta && meta["thumbnailUrl"]?.Value<string>() is { } thumbnail
                && thumbnail.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                attachment["thumbnailUrl"] = thumbnail;
            }

            attachments.Add(attachment);
        }

        activity["attachments"] = attachments;
        return await PostAsync(channel, conversation, activity, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>An uploaded file. The link is the capability: anyone holding it (the bot's evidence step, the page) may read it.</summary>
    private static async Task<IResult> GetAttachmentAsync(HttpContext context, string fileId, DirectLineConversationStore store)
    {
        var found = await store.ReadFileAsync(fileId, context.RequestAborted).ConfigureAwait(false);
        if (found is not { } file)
        {
            return DirectLineErrors.Result(StatusCodes.Status404NotFound, DirectLineErrors.NotFound, "No such file.");
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        headers.CacheControl = "private, max-age=86400";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";

        // Only pictures are shown inline; anything else is a download, so an uploaded page can never run as ours.
        var inline = file.File.ContentType is "image/png" or "image/jpeg" or "image/gif" or "image/webp";
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment");
        disposition.SetHttpFileName(string.IsNullOrEmpty(file.File.Name) ? "file" : file.File.Name);
        headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(file.Content, inline ? file.File.ContentType : "application/octet-stream");
    }

    private static JObject? Describing(JArray described, string? name, int index)
    {
        var byName = described.OfType<JObject>().FirstOrDefault(a => name is not null && (string?)a["name"] == name);
        return byName ?? (index < described.Count ? described[index] as JObject : null);
    }
}
