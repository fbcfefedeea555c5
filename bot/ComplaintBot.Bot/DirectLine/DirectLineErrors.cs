namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// The stable error codes of the channel's <c>ErrorResponse</c> bodies (<c>{"error":{"code","message"}}</c>).
/// Codes never change; messages may.
/// </summary>
public static class DirectLineErrors
{
    /// <summary>No <c>Authorization: Bearer</c> header (or <c>t</c> parameter on the stream).</summary>
    public const string MissingToken = "MissingToken";

    /// <summary>The token is malformed or not signed by this service.</summary>
    public const string BadToken = "BadToken";

    /// <summary>The token was ours but has expired.</summary>
    public const string TokenExpired = "TokenExpired";

    /// <summary>The token belongs to another conversation.</summary>
    public const string WrongConversation = "TokenConversationMismatch";

    /// <summary>Only the secret may call this operation.</summary>
    public const string SecretRequired = "SecretRequired";

    /// <summary>The conversation was never started or has been removed.</summary>
    public const string ConversationNotFound = "ConversationNotFound";

    /// <summary>The request body is not what the operation takes.</summary>
    public const string BadArgument = "BadArgument";

    /// <summary>The body is larger than the configured limit.</summary>
    public const string TooLarge = "MessageSizeTooBig";

    /// <summary>An uploaded file's declared type is not accepted.</summary>
    public const string UnsupportedMediaType = "UnsupportedMediaType";

    /// <summary>The conversation holds the most activities it may.</summary>
    public const string ConversationFull = "ConversationFull";

    /// <summary>A rate limit was hit.</summary>
    public const string TooManyRequests = "TooManyRequests";

    /// <summary>The bot failed to take the activity.</summary>
    public const string BotError = "BotError";

    /// <summary>The activity log could not be read or written.</summary>
    public const string ServiceError = "ServiceError";

    /// <summary>No such route or resource.</summary>
    public const string NotFound = "NotFound";

    /// <summary>The route exists but does not take this HTTP method.</summary>
    public const string MethodNotAllowed = "MethodNotAllowed";

    /// <summary>Writes an <c>ErrorResponse</c>.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="code">A code from this class.</param>
    /// <param name="message">A human-readable message.</param>
    /// <returns>The result.</returns>
    public static IResult Result(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorBody(code, message)), DirectLineJson.Web, statusCode: status);

    /// <summary>Writes an <c>ErrorResponse</c> straight to a response (middleware, rate limiter).</summary>
    /// <param name="context">The request.</param>
    /// <param name="status">The HTTP status.</param>
    /// <param name="code">A code from this class.</param>
    /// <param name="message">A human-readable message.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the body is written.</returns>
    public static Task WriteAsync(HttpContext context, int status, string code, string message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ErrorResponse(new ErrorBody(code, message)), DirectLineJson.Web, cancellationToken);
    }

    /// <summary>The Direct Line error envelope.</summary>
    /// <param name="Error">The error.</param>
    public sealed record ErrorResponse(ErrorBody Error);

    /// <summary>The error itself.</summary>
    /// <param name="Code">A stable code.</param>
    /// <param name="Message">A message for people.</param>
    public sealed record ErrorBody(string Code, string Message);
}

/// <summary>JSON settings for the channel's own (non-activity) bodies.</summary>
internal static class DirectLineJson
{
    public static System.Text.Json.JsonSerializerOptions Web { get; } = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };
}
