using ComplaintBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// The Bot Framework adapter behind <c>/api/messages</c>. Every turn goes through the same pipeline: turns of
/// one conversation run one at a time, a failing turn is answered by <see cref="TurnErrorHandler"/>, and replies
/// reach the channel through <see cref="ReplyDelivery"/>, which retries only what the channel did not take.
/// </summary>
public sealed partial class ComplaintBotAdapter : CloudAdapter
{
    private readonly ReplyDelivery _delivery;
    private readonly ILogger _refusals;

    /// <summary>Initializes a new instance of the <see cref="ComplaintBotAdapter"/> class.</summary>
    /// <param name="authentication">Inbound and outbound Bot Framework authentication from configuration.</param>
    /// <param name="turnGate">Serializes the turns of each conversation.</param>
    /// <param name="errorHandler">Answers a turn that threw.</param>
    /// <param name="delivery">Posts replies to the channel.</param>
    /// <param name="logger">The adapter's logger.</param>
    /// <param name="refusals">The logger refused channel tokens go to: one Information line each, never the token.</param>
    public ComplaintBotAdapter(
        BotFrameworkAuthentication authentication,
        ConversationTurnGate turnGate,
        TurnErrorHandler errorHandler,
        ReplyDelivery delivery,
        ILogger<ComplaintBotAdapter> logger,
        ILogger<ChannelTokenAuthentication> refusals)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(errorHandler);
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(refusals);
        _delivery = delivery;
        _refusals = refusals;
        Use(turnGate);
        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>
    /// Runs the turn of a POST to <c>/api/messages</c> whose activity <see cref="InboundRequestGuard"/> has read and
    /// checked, and writes the response: what <see cref="CloudAdapter.ProcessAsync(HttpRequest, HttpResponse, IBot, CancellationToken)"/>
    /// does for a POST, without reading the body a second time and with a leaner writer (<see cref="InvokeResponseWriter"/>).
    /// </summary>
    /// <param name="httpContext">The request and its response.</param>
    /// <param name="activity">The activity the request carries.</param>
    /// <param name="bot">The bot.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>A task.</returns>
    public async Task ProcessAsync(HttpContext httpContext, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        try
        {
            var invokeResponse = await ProcessActivityAsync(httpContext.Request.Headers.Authorization.ToString(), activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            await InvokeResponseWriter.WriteAsync(httpContext.Response, invokeResponse, cancellationToken).ConfigureAwait(false);
        }
        catch (UnauthorizedAccessException refused)
        {
            // The token was refused, and this layer owns the HTTP response. Anyone can post a bad token, so it is a
            // routine line, not an error with a stack trace; the reason names what was wrong, never the token
            // (see ChannelTokenAuthentication).
            LogRefused(_refusals, refused.Message);
            httpContext.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
    }

    /// <inheritdoc />
    /// <exception cref="ReplyNotDeliveredException">A reply could not be delivered; it and the ones after it were not sent.</exception>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<IConnectorClient>() is OnDemandConnectorClient connector)
        {
            // The turn talks to the channel after all: build its connector client here, where we can await it.
            await connector.EnsureCreatedAsync().ConfigureAwait(false);
        }

        return await _delivery.SendAsync(turnContext, activities, (activity, ct) => SendOneThroughSdkAsync(turnContext, activity, ct), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ResourceResponse> SendOneThroughSdkAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        (await base.SendActivitiesAsync(turnContext, [activity], cancellationToken).ConfigureAwait(false))[0];

    [LoggerMessage(EventId = 1210, Level = LogLevel.Information, Message = "Refused a request to the messaging endpoint with 401 (UnauthorizedAccessException): {Reason}")]
    private static partial void LogRefused(ILogger logger, string reason);
}
