using ComplaintBot.Storage;
using ComplaintBot.Storage.Json;
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
    /// <summary>Gets the serializer of the body (internal for the tests that compare it with other writers).</summary>
    internal static JsonSerializer Serializer { get; } = JsonSerializer.Create(new JsonSerializerSettings
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
    /// <exception cref="JsonException">The body cannot be serialized; nothing was set on the response or written.</exception>
    public static async Task WriteAsync(HttpResponse response, InvokeResponse? invokeResponse, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (invokeResponse?.Body is not { } body)
        {
            response.StatusCode = invokeResponse?.Status ?? StatusCodes.Status200OK;
            return;
        }

        // Buffered, so the response carries a Content-Length and a serialization error is still a clean 500 (the
        // exception leaves the response untouched). The buffers are rented and go back once the body is written:
        // a stream and stream writer per response were among the largest allocations of a turn.
        using var buffer = new PooledByteBufferWriter();
        using (var text = new Utf8BufferTextWriter(buffer))
        {
            PooledJson.Serialize(Serializer, text, body);
        }

        response.StatusCode = invokeResponse.Status;
        response.ContentType = "application/json";
        response.ContentLength = buffer.WrittenCount;
        await response.Body.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }
}
