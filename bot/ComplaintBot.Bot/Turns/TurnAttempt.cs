using ComplaintBot.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Turns;

/// <summary>
/// One run of a turn, on a turn context of its own. The run's context carries a copy of the inbound activity in
/// <c>expectReplies</c> mode, so everything the bot sends stays in its buffer instead of reaching the channel;
/// typing indicators are the exception and go out at once. Only a committed run's buffer is ever sent, through
/// the real turn context, so the channel (or the HTTP response of an <c>expectReplies</c> request) sees the
/// winning run's messages and nothing of the runs that lost.
/// </summary>
/// <remarks>
/// A fresh context per run also means a fresh state cache, a fresh <see cref="ITurnContext.Responded"/> and no
/// send handlers left behind by a losing run. The turn's services (identity, connector client, callback) are
/// shared with the real context, which owns and disposes them.
/// </remarks>
internal sealed class TurnAttempt
{
    private readonly ITurnContext _turn;

    private TurnAttempt(ITurnContext turn, TurnContext context)
    {
        _turn = turn;
        Context = context;
    }

    /// <summary>Gets the context the bot runs on.</summary>
    public TurnContext Context { get; }

    /// <summary>Starts a run of <paramref name="turn"/>.</summary>
    /// <param name="turn">The real turn context, as the adapter created it.</param>
    /// <returns>The run.</returns>
    public static TurnAttempt Start(ITurnContext turn)
    {
        ArgumentNullException.ThrowIfNull(turn);

        // A copy, because a handler may change the activity (its text, when a card click stands for a command) and
        // the next run must see it untouched.
        var activity = ActivityCopy.Of(turn.Activity);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        var context = new TurnContext(turn.Adapter, activity);
        foreach (var (key, value) in turn.TurnState)
        {
            context.TurnState[key] = value;
        }

        var attempt = new TurnAttempt(turn, context);
        context.OnSendActivities(attempt.PassTypingThroughAsync);
        return attempt;
    }

    /// <summary>Sends what the run buffered through the real turn context: the run has committed.</summary>
    /// <param name="cancellationToken">Cancels the send.</param>
    /// <returns>A task.</returns>
    public async Task DeliverAsync(CancellationToken cancellationToken)
    {
        var buffered = Context.BufferedReplyActivities.Cast<IActivity>().ToArray();
        if (buffered.Length > 0)
        {
            await _turn.SendActivitiesAsync(buffered, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ResourceResponse[]> PassTypingThroughAsync(ITurnContext context, List<Activity> activities, Func<Task<ResourceResponse[]>> next)
    {
        var typing = activities.Where(a => a.Type == ActivityTypes.Typing).ToArray();
        if (typing.Length == 0)
        {
            return await next().ConfigureAwait(false);
        }

        // A typing indicator promises nothing, so it need not wait for the commit: the user sees the bot at work.
        await _turn.SendActivitiesAsync(typing.Cast<IActivity>().ToArray(), CancellationToken.None).ConfigureAwait(false);
        activities.RemoveAll(a => a.Type == ActivityTypes.Typing);
        return activities.Count == 0 ? typing.Select(_ => new ResourceResponse()).ToArray() : await next().ConfigureAwait(false);
    }
}
