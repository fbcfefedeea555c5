using System.Buffers;
using System.Net.Mime;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// Screens a request to <c>/api/messages</c> before the Bot Framework adapter sees it: a JSON content type, a body
/// within <see cref="MessagesOptions.MaxRequestBodyBytes"/>, and an activity with the fields every turn relies on.
/// Anything else is answered with a 4xx here, instead of failing inside the adapter (a missing <c>serviceUrl</c>
/// would otherwise be a 500) or inside the turn (a missing <c>from.id</c> breaks user state).
/// </summary>
/// <remarks>The body is read once, into memory, and the activity parsed here is the one the adapter runs.</remarks>
public sealed partial class InboundRequestGuard(IOptions<MessagesOptions> options, ILogger<InboundRequestGuard> logger)
{
    private const int ChunkBytes = 16 * 1024;
    private const int InitialCapacityCap = 64 * 1024;

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        MaxDepth = 64,
        ContractResolver = InboundActivityContractResolver.Instance,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,

        // One object and nothing after it: "{...}{...}" is refused, not half read.
        CheckAdditionalContent = true,
    });

    /// <summary>Checks the request and, when it passes, returns the activity it carries.</summary>
    /// <param name="context">The HTTP context.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The activity for the adapter; null when a 4xx response has been set.</returns>
    public async Task<Activity?> AdmitAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var limit = options.Value.MaxRequestBodyBytes;

        if (!IsJson(request.ContentType))
        {
            return Refuse(context, StatusCodes.Status415UnsupportedMediaType, "content type");
        }

        if (request.ContentLength > limit)
        {
            return Refuse(context, StatusCodes.Status413PayloadTooLarge, "declared length");
        }

        using var body = await ReadAtMostAsync(request.Body, request.ContentLength, limit, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Refuse(context, StatusCodes.Status413PayloadTooLarge, "body length");
        }

        var (activity, problem) = Read(body);
        return problem is null ? activity : Refuse(context, StatusCodes.Status400BadRequest, problem);
    }

    private static bool IsJson(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return false;
        }

        try
        {
            var mediaType = new ContentType(contentType).MediaType;
            return string.Equals(mediaType, MediaTypeNames.Application.Json, StringComparison.OrdinalIgnoreCase)
                || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static async Task<MemoryStream?> ReadAtMostAsync(Stream source, long? declaredLength, long limit, CancellationToken cancellationToken)
    {
        // Sized to the declared length (already within the limit) so it need not grow; capped, because a client
        // may declare more than it sends. The copy goes through a pooled chunk: a fresh one per request was the
        // largest allocation of a turn.
        var buffer = new MemoryStream((int)Math.Min(declaredLength ?? 0, InitialCapacityCap));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await source.ReadAsync(chunk.AsMemory(0, ChunkBytes), cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    await buffer.DisposeAsync().ConfigureAwait(false);
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>The activity in the body, or what is wrong with it.</summary>
    private static (Activity? Activity, string? Problem) Read(MemoryStream body)
    {
        Activity? activity;
        try
        {
            body.Position = 0;
            using var reader = new JsonTextReader(new StreamReader(body, leaveOpen: true)) { MaxDepth = 64, DateParseHandling = DateParseHandling.None };
            activity = Serializer.Deserialize<Activity>(reader);
        }
        catch (MistypedFieldException mistyped)
        {
            // The fields a turn is routed by must be what they claim.
            return (null, mistyped.Field);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidCastException or FormatException or OverflowException)
        {
            // Not JSON, not one object (an array, a string, two objects in a row), or fields of the wrong kind.
            return (null, "not an activity");
        }

        var problem = activity switch
        {
            null => "not an activity",
            { Type: null or "" } => "type",
            _ when !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps) => "serviceUrl",
            { ChannelId: null or "" } => "channelId",
            { Conversation.Id: null or "" } or { Conversation: null } => "conversation.id",
            { From.Id: null or "" } or { From: null } => "from.id",

            // Invoke handlers read their payload from value; without one they have nothing to work on.
            { Type: ActivityTypes.Invoke, Value: null } => "invoke value",
            _ => null,
        };
        return problem is null ? (activity, null) : (null, problem);
    }

    private Activity? Refuse(HttpContext context, int status, string reason)
    {
        LogRefused(logger, status, reason);
        context.Response.StatusCode = status;
        return null;
    }

    [LoggerMessage(EventId = 1200, Level = LogLevel.Information, Message = "Refused a request to the messaging endpoint with {Status}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int status, string reason);
}
