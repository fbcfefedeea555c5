using System.Text;
using ComplaintBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Rest.Serialization;
using Newtonsoft.Json;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// Writes a turn's <see cref="InvokeResponse"/> (the replies of an <c>expectReplies</c> request, an invoke's answer)
/// to the HTTP response.
/// </summary>
/// <remarks>
/// The same JSON the SDK's own writer produces — nulls left out, ISO dates in UTC, ISO 8601 durations — without
/// its indentation and without the attachment stream converter (see <see cref="PlainAttachmentContentResolver"/>),
/// which made writing a reply that carries a card cost more than the rest of the request.
/// </remarks>
internal static class InvokeResponseWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateFormatHandling = DateFormatHandling.IsoDateFormat,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        ContractResolver = PlainAttachmentContentResolver.Instance,
        Converters = [new Iso8601TimeSpanConverter()],
    });

    /// <summary>Sets the status and, when there is one, writes the body as JSON.</summary>
    /// <param name="response">The HTTP response.</param>
    /// <param name="invokeResponse">What the turn left to answer; null for a plain 200.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public static async Task WriteAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = invokeResponse?.Status ?? StatusCodes.Status200OK;
        if (invokeResponse?.Body is not { } body)
        {
            return;
        }

        // Buffered, so the response carries a Content-Length and a serialization error is still a clean 500.
        using var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, Utf8, bufferSize: 4096, leaveOpen: true))
        {
            Serializer.Serialize(writer, body);
        }

        response.ContentType = "application/json";
        response.ContentLength = buffer.Length;
        await response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
    }
}
