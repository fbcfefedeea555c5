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
public sealed class ComplaintBotAdapter : CloudAdapter
{
    private readonly ReplyDelivery _delivery;

    /// <summary>Initializes a new instance of the <see cref="ComplaintBotAdapter"/> class.</summary>
    /// <param name="authentication">Inbound and outbound Bot Framework authentication from configuration.</param>
    /// <param name="turnGate">Serializes the turns of each conversation.</param>
    /// <param name="errorHandler">Answers a turn that threw.</param>
    /// <param name="delivery">Posts replies to the channel.</param>
    /// <param name="logger">The adapter's logger.</param>
    /// <param name="refusals">The logger refused channel tokens go to, one line each (see <see cref="RefusedTokenLogger"/>).</param>
    public ComplaintBotAdapter(
        BotFrameworkAuthentication authentication,
        ConversationTurnGate turnGate,
        TurnErrorHandler errorHandler,
        ReplyDelivery delivery,
        ILogger<ComplaintBotAdapter> logger,
        ILogger<ChannelTokenAuthentication> refusals)
        : base(authentication, new RefusedTokenLogger(logger, refusals))
    {
        ArgumentNullException.ThrowIfNull(errorHandler);
        ArgumentNullException.ThrowIfNull(delivery);
        _delivery = delivery;
        Use(turnGate);
        OnTurnError = errorHandler.HandleAsync;
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
}
