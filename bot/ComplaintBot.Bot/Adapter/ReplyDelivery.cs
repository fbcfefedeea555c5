using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// Posts a turn's replies to the channel's connector (<c>POST /v3/conversations/{id}/activities/{replyToId}</c>)
/// one at a time, in order, and posts a reply again only when the channel certainly did not take it.
/// </summary>
/// <remarks>
/// <para>Why this shape. Bot Framework channels choose the activity id of a reply themselves (the SDK even clears
/// any id the bot sets), and none of them promises to drop a repeated post, so a channel cannot be relied on to
/// recognise a retry. A reply is therefore posted again only after an answer that says the request was not
/// processed: 429 and 503, honouring <c>Retry-After</c>, 408, or a failure before anything was sent (see
/// <see cref="DeliveryFailure.Classify"/>). A post that timed out, or got another 5xx, may have been stored by the
/// channel: it is logged and not posted again, because a duplicate question is worse than a late one, and the next
/// reply follows it. Each post still carries a per-reply <c>Repeatability-Request-ID</c> (<see cref="ReplyKey"/>),
/// the same on every retry, so a channel or proxy that implements repeatable requests can drop a copy, and the logs
/// of every attempt name the reply.</para>
/// <para>The turn's state is committed before this runs (<see cref="Turns.ExactlyOnceTurnRunner"/>), and nothing
/// here runs the turn again or touches state. When a reply cannot be delivered within
/// <see cref="ReplyDeliveryOptions.MaxAttempts"/> and <see cref="ReplyDeliveryOptions.TotalTimeout"/>, or the
/// channel refuses it (another 4xx), the rest of the turn's replies are not sent, so none overtakes it, and
/// <see cref="ReplyNotDeliveredException"/> is thrown. Replies keep their order because each waits for the one
/// before it, and turns of one conversation run one at a time (<see cref="Turns.ConversationTurnGate"/>).</para>
/// <para>Typing indicators promise nothing: one post, failures logged. Trace, delay and invoke-response
/// activities are left to the SDK's adapter, as are turns without a connector (<c>expectReplies</c>).</para>
/// </remarks>
public sealed class ReplyDelivery
{
    /// <summary>The header carrying the reply's idempotency key (OASIS repeatable requests, as Azure services use it).</summary>
    public const string RequestIdHeader = "Repeatability-Request-ID";

    /// <summary>The header carrying when the reply was first posted, the same on every retry.</summary>
    public const string FirstSentHeader = "Repeatability-First-Sent";

    private readonly ReplyDeliveryOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="ReplyDelivery"/> class.</summary>
    /// <param name="options">Retry settings.</param>
    /// <param name="timeProvider">The clock for timeouts, backoff and <c>Retry-After</c> dates.</param>
    /// <param name="logger">The logger.</param>
    public ReplyDelivery(IOptions<ReplyDeliveryOptions> options, TimeProvider timeProvider, ILogger<ReplyDelivery> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Sends <paramref name="activities"/> in order.</summary>
    /// <param name="turnContext">The turn; its connector client is used for replies.</param>
    /// <param name="activities">What the turn sends.</param>
    /// <param name="sendThroughAdapter">The SDK adapter's own send, for what is not a reply.</param>
    /// <param name="cancellationToken">Cancels the delivery (the channel's request to the bot was aborted).</param>
    /// <returns>One response per activity; an empty id where the channel's answer was not seen.</returns>
    /// <exception cref="ReplyNotDeliveredException">A reply could not be delivered; it and the ones after it were not sent.</exception>
    public async Task<ResourceResponse[]> SendAsync(
        ITurnContext turnContext,
        Activity[] activities,
        Func<Activity, CancellationToken, Task<ResourceResponse>> sendThroughAdapter,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(sendThroughAdapter);
        var connector = turnContext.TurnState.Get<IConnectorClient>();
        var started = _timeProvider.GetTimestamp();
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (connector is null || !IsReply(activity))
            {
                responses[i] = activity.Type == ActivityTypes.Typing
                    ? await SendTypingAsync(activity, sendThroughAdapter, cancellationToken).ConfigureAwait(false)
                    : await sendThroughAdapter(activity, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var key = ReplyKey.Next(turnContext);
            responses[i] = await PostWithRetriesAsync(connector, activity, key, started, activities.Length - i, cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    private static bool IsReply(Activity activity) =>
        activity.Type is not (ActivityTypes.Typing or ActivityTypes.Trace or "delay" or "invokeResponse");

    private async Task<ResourceResponse> SendTypingAsync(Activity activity, Func<Activity, CancellationToken, Task<ResourceResponse>> sendThroughAdapter, CancellationToken cancellationToken)
    {
        try
        {
            return await sendThroughAdapter(activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && DeliveryFailure.Classify(exception, _timeProvider.GetUtcNow()) is { } failure)
        {
            ReplyDeliveryLog.TypingDropped(_logger, failure.Reason);
            return new ResourceResponse(string.Empty);
        }
    }

    private async Task<ResourceResponse> PostWithRetriesAsync(IConnectorClient connector, Activity activity, string key, long started, int notSent, CancellationToken cancellationToken)
    {
        // As the SDK does: the channel assigns reply ids.
        activity.Id = null;
        var headers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase)
        {
            [RequestIdHeader] = [key],
            [FirstSentHeader] = [_timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture)],
        };

        for (var attempt = 1; ; attempt++)
        {
            DeliveryFailure failure;
            Exception error;
            try
            {
                var response = await PostOnceAsync(connector, activity, headers, cancellationToken).ConfigureAwait(false);
                if (attempt > 1)
                {
                    ReplyDeliveryLog.DeliveredAfterRetries(_logger, key, attempt);
                }

                return response;
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested && DeliveryFailure.Classify(exception, _timeProvider.GetUtcNow()) is { } classified)
            {
                failure = classified;
                error = exception;
            }

            switch (failure.Kind)
            {
                case DeliveryFailureKind.Unknown:
                    ReplyDeliveryLog.OutcomeUnknown(_logger, key, failure.Reason, attempt);
                    return new ResourceResponse(string.Empty);
                case DeliveryFailureKind.Refused:
                    throw GiveUp(key, failure, attempt, started, notSent, error);
            }

            var delay = _options.Backoff(attempt + 1, Random.Shared);
            if (failure.RetryAfter > delay)
            {
                delay = failure.RetryAfter.Value;
            }

            if (attempt >= _options.MaxAttempts || _timeProvider.GetElapsedTime(started) + delay > _options.TotalTimeout)
            {
                throw GiveUp(key, failure, attempt, started, notSent, error);
            }

            ReplyDeliveryLog.Retrying(_logger, key, failure.Reason, attempt, delay);
            await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ResourceResponse> PostOnceAsync(IConnectorClient connector, Activity activity, Dictionary<string, List<string>> headers, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var response = string.IsNullOrWhiteSpace(activity.ReplyToId)
                ? await connector.Conversations.SendToConversationWithHttpMessagesAsync(activity.Conversation.Id, activity, headers, linked.Token).ConfigureAwait(false)
                : await connector.Conversations.ReplyToActivityWithHttpMessagesAsync(activity.Conversation.Id, activity.ReplyToId, activity, headers, linked.Token).ConfigureAwait(false);
            return response.Body ?? new ResourceResponse(string.Empty);
        }
        catch (OperationCanceledException canceled) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No answer from the channel within {_options.AttemptTimeout}.", canceled);
        }
    }

    private ReplyNotDeliveredException GiveUp(string key, DeliveryFailure failure, int attempt, long started, int notSent, Exception error)
    {
        var elapsed = _timeProvider.GetElapsedTime(started);
        ReplyDeliveryLog.GaveUp(_logger, key, failure.Reason, attempt, elapsed, notSent);
        return new ReplyNotDeliveredException($"Reply {key} was not delivered ({failure.Reason}) after {attempt} posts; {notSent} replies of the turn not sent.", error);
    }
}
