using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// Reads the JSON body of a channel route: declared as JSON, within a size cap, strictly valid JSON, and a JSON
/// object. An empty body is allowed (DirectLineJS sends none on refresh) and reads as null.
/// </summary>
internal static class DirectLineRequestBody
{
    /// <summary>The deepest nesting accepted, in JSON and in the activity model alike.</summary>
    public const int MaxDepth = 64;

    /// <summary>Reads the body, or says why it is refused (413, 415 or 400 with an <c>ErrorResponse</c>).</summary>
    /// <param name="context">The request.</param>
    /// <param name="maxBytes">The largest body accepted.</param>
    /// <returns>The object (null for an empty body) or the refusal.</returns>
    public static async Task<(JObject? Json, IResult? Error)> ReadObjectAsync(HttpContext context, int maxBytes)
    {
        var request = context.Request;
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineEndpoints.TooLarge($"The body may hold at most {maxBytes} bytes."));
        }

        DirectLineEndpoints.SetBodyLimit(context, maxBytes + 1L);
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return (null, DirectLineEndpoints.TooLarge($"The body may hold at most {maxBytes} bytes."));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, DirectLineEndpoints.TooLarge($"The body may hold at most {maxBytes} bytes."));
        }

        if (buffer.Length == 0)
        {
            return (null, null);
        }

        // A browser may send text/plain across origins without asking first; only a body declared as JSON is read.
        if (!IsJson(request.ContentType))
        {
            return (null, DirectLineErrors.Result(StatusCodes.Status415UnsupportedMediaType, DirectLineErrors.UnsupportedMediaType, "Send the body as application/json."));
        }

        return ParseObject(buffer.GetBuffer().AsMemory(0, (int)buffer.Length)) is { } json
            ? (json, null)
            : (null, DirectLineErrors.Result(StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, "The body is not a valid JSON object."));
    }

    /// <summary>
    /// Parses strict JSON (no comments, single quotes, trailing commas, NaN or second value, which the Bot Schema's
    /// own reader would let through) into an object; null when it is not valid or not an object.
    /// </summary>
    /// <param name="utf8">The UTF-8 bytes.</param>
    /// <returns>The object, or null.</returns>
    public static JObject? ParseObject(ReadOnlyMemory<byte> utf8)
    {
        if (!IsStrictJson(utf8.Span))
        {
            return null;
        }

        try
        {
            using var reader = new Newtonsoft.Json.JsonTextReader(new StreamReader(new MemoryStream(utf8.ToArray()), Encoding.UTF8))
            {
                DateParseHandling = Newtonsoft.Json.DateParseHandling.None,
                MaxDepth = MaxDepth,
            };
            return JToken.ReadFrom(reader) as JObject;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }

    private static bool IsStrictJson(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && parsed.MediaType.Value is { } media
        && (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
