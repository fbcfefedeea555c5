using ComplaintBot.Bot.Adapter;
using ComplaintBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// Runs the bot in process for the Direct Line channel. Turns go through the same middleware and error handler
/// as <see cref="ComplaintBotAdapter"/> (the shared <see cref="ConversationTurnGate"/> and
/// <see cref="TurnErrorHandler"/>); what the bot sends is appended to the conversation's activity log and pushed to
/// its streams instead of being posted to a connector.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    private readonly DirectLineConversationStore _store;
    private readonly DirectLineNotifier _notifier;

    /// <summary>Initializes a new instance of the <see cref="DirectLineAdapter"/> class.</summary>
    /// <param name="turnGate">Serializes the turns of each conversation (shared with the main adapter).</param>
    /// <param name="errorHandler">Answers a turn that threw (shared with the main adapter).</param>
    /// <param name="store">The activity log.</param>
    /// <param name="notifier">Wakes the conversation's streams.</param>
    public DirectLineAdapter(ConversationTurnGate turnGate, TurnErrorHandler errorHandler, DirectLineConversationStore store, DirectLineNotifier notifier)
    {
        ArgumentNullException.ThrowIfNull(errorHandler);
        _store = store;
        _notifier = notifier;
        Use(turnGate);
        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>Runs one turn for an activity that came from the user.</summary>
    /// <param name="activity">The inbound activity (already stored, with its server id).</param>
    /// <param name="bot">The bot.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>A task that completes when the turn has ended.</returns>
    public async Task ProcessAsync(Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        using var context = new TurnContext(this, activity);
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            switch (activity.Type)
            {
                case ActivityTypesEx.Delay:
                    var delay = activity.Value is int ms ? ms : Convert.ToInt32(activity.Value ?? 1000, System.Globalization.CultureInfo.InvariantCulture);
                    await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Trace or ActivityTypesEx.InvokeResponse:
                    // Trace is for the Emulator only, as on the hosted channels; invoke responses are not activities.
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Typing:
                    _notifier.Ephemeral(activity.Conversation.Id, Outgoing(activity));
                    responses[i] = new ResourceResponse();
                    break;
                default:
                    var stored = await _store.AppendAsync(activity.Conversation.Id, Outgoing(activity), cancellationToken).ConfigureAwait(false);
                    _notifier.Stored(activity.Conversation.Id);
                    responses[i] = new ResourceResponse((string)stored["id"]!);
                    break;
            }
        }

        return responses;
    }

    /// <inheritdoc />
    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line channel does not update sent activities.");

    /// <inheritdoc />
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The Direct Line channel does not delete sent activities.");

    private static JObject Outgoing(Activity activity)
    {
        var json = DirectLineConversationStore.ToJson(activity);
        json.Remove("serviceUrl");
        json["channelId"] = DirectLineChannel.ChannelId;
        json.Remove("id");
        return json;
    }

    /// <summary>Activity types the schema has no constant for in this SDK version.</summary>
    private static class ActivityTypesEx
    {
        public const string Delay = "delay";
        public const string InvokeResponse = "invokeResponse";
    }
}
