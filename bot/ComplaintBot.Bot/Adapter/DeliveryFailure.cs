using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Bot.Schema;
using Microsoft.Rest;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;

namespace ComplaintBot.Bot.Adapter;

/// <summary>What a failed post to the channel says about the reply: whether the channel can have taken it.</summary>
internal enum DeliveryFailureKind
{
    /// <summary>The channel certainly did not take the reply; posting it again cannot show it twice.</summary>
    NotTaken,

    /// <summary>The post reached the channel and its fate is unknown; posting it again could show it twice.</summary>
    Unknown,

    /// <summary>The channel answered that it will not take this reply; posting it again would be refused again.</summary>
    Refused,
}

/// <summary>A failed post, classified by <see cref="Classify"/>.</summary>
/// <param name="Kind">What the failure says about the reply.</param>
/// <param name="Reason">A short, content-free description for the logs (status code or error kind).</param>
/// <param name="RetryAfter">How long the channel asked us to wait, when it said.</param>
internal readonly record struct DeliveryFailure(DeliveryFailureKind Kind, string Reason, TimeSpan? RetryAfter)
{
    /// <summary>
    /// Classifies what posting a reply threw. Only answers that say the request was not processed count as
    /// <see cref="DeliveryFailureKind.NotTaken"/>: 429 and 503 (the server refused to handle it now, RFC 9110 and
    /// RFC 6585), 408 (the server stopped waiting for the request before it had it whole), and failures before
    /// any byte was sent (no connection, no name, no TLS, an open circuit or a full client-side queue). Any other
    /// 5xx may come after the channel stored the reply (a gateway that lost the answer, a crash after the write),
    /// and so may a timeout or a connection dropped while waiting: those are <see cref="DeliveryFailureKind.Unknown"/>.
    /// </summary>
    /// <param name="exception">What the post threw.</param>
    /// <param name="now">The current time, for a <c>Retry-After</c> given as a date.</param>
    /// <returns>The classification, or null for an exception that is not about delivery (a bug, to be thrown on).</returns>
    public static DeliveryFailure? Classify(Exception exception, DateTimeOffset now) => exception switch
    {
        ErrorResponseException { Response: { } response } => FromStatus(response.StatusCode, RetryAfterOf(response, now)),
        ErrorResponseException => new(DeliveryFailureKind.Unknown, "error without response", null),
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError } request =>
            new(DeliveryFailureKind.NotTaken, "no connection (" + request.HttpRequestError + ")", null),
        HttpRequestException request => new(DeliveryFailureKind.Unknown, "connection failed (" + request.HttpRequestError + ")", null),
        BrokenCircuitException broken => new(DeliveryFailureKind.NotTaken, "circuit open", broken.RetryAfter),
        RateLimiterRejectedException limited => new(DeliveryFailureKind.NotTaken, "client-side limit", limited.RetryAfter),
        TimeoutRejectedException or TimeoutException or OperationCanceledException { InnerException: TimeoutException } => new(DeliveryFailureKind.Unknown, "timeout", null),

        // A 2xx whose body could not be read: the channel took the reply.
        SerializationException => new(DeliveryFailureKind.Unknown, "unreadable answer", null),
        _ => null,
    };

    private static DeliveryFailure FromStatus(HttpStatusCode status, TimeSpan? retryAfter)
    {
        var reason = ((int)status).ToString(CultureInfo.InvariantCulture);
        return status switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.RequestTimeout => new(DeliveryFailureKind.NotTaken, reason, retryAfter),
            >= HttpStatusCode.InternalServerError => new(DeliveryFailureKind.Unknown, reason, null),
            _ => new(DeliveryFailureKind.Refused, reason, null),
        };
    }

    /// <summary>Reads <c>Retry-After</c> as seconds or as an HTTP date; null when absent or unreadable.</summary>
    private static TimeSpan? RetryAfterOf(HttpResponseMessageWrapper response, DateTimeOffset now)
    {
        var values = response.Headers?.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value;
        var text = values?.FirstOrDefault();
        if (text is null || !RetryConditionHeaderValue.TryParse(text, out var parsed))
        {
            return null;
        }

        var wait = parsed.Delta ?? (parsed.Date - now);
        return wait is { } span && span > TimeSpan.Zero ? span : TimeSpan.Zero;
    }
}
