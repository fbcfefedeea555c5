using ComplaintBot.Bot.State;
using ComplaintBot.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.Turns;

/// <summary>
/// Runs every turn exactly once, even when several instances receive messages of one conversation at the same
/// time: the one place in the pipeline that reads state, runs the bot, commits and only then sends.
/// </summary>
/// <remarks>
/// <para>Each run (<see cref="TurnAttempt"/>) loads conversation state with its ETag (from the store, or as this
/// instance committed it last: see <see cref="CommittedStateReuse"/>; a rerun always reads the store), runs the bot with every outgoing message held back, and commits user state, then conversation state, with
/// conditional writes (<see cref="ConcurrencyCheckedStorage"/>): state read with an ETag must still have it, state
/// that was absent is created only if it still is. When a write meets a newer state, or state someone else created
/// meanwhile (<see cref="StorageConcurrencyException"/>), the run is thrown away, messages and all, and the turn
/// runs again from the state that won, after a jittered backoff; after <see cref="TurnOptions.MaxAttempts"/> runs it
/// gives up with <see cref="TurnNotCommittedException"/>. Only the committed run's messages are sent. A new
/// conversation needs no preparation: uncontended, its first turn costs one read and one create per changed
/// state, like any other turn.</para>
/// <para>User state goes first because the only change a turn makes there (a confirmed complaint added to the
/// history, keyed by the complaint id) is idempotent: a run that commits it and then loses the conversation race
/// (a newer conversation state, or a new conversation created by another instance first) leaves nothing a rerun
/// would not write again. Evidence files are content-addressed, so a rerun that stores them again changes nothing
/// either.</para>
/// <para>Turns of one conversation on one instance are already serialized by <see cref="ConversationTurnGate"/>;
/// this class settles the races between instances. An activity the conversation already committed (a channel's
/// redelivery) is recognised through the <see cref="TurnLedger"/> and not run again.</para>
/// </remarks>
public sealed class ExactlyOnceTurnRunner : IBot
{
    private readonly IBot _bot;
    private readonly TypedConversationState _conversationState;
    private readonly TypedUserState _userState;
    private readonly TurnOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly IStatePropertyAccessor<TurnLedger> _ledger;
    private readonly IConversationStateWitness? _witness;

    /// <summary>Initializes a new instance of the <see cref="ExactlyOnceTurnRunner"/> class.</summary>
    /// <param name="bot">The bot whose turns are run; it must not save state itself.</param>
    /// <param name="conversationState">Conversation state.</param>
    /// <param name="userState">User state.</param>
    /// <param name="options">Retry settings.</param>
    /// <param name="timeProvider">The clock for backoff.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="witness">Notes conversation state as each run reads it, for <see cref="CommittedTurn.ConversationBefore"/>; optional.</param>
    public ExactlyOnceTurnRunner(
        IBot bot,
        TypedConversationState conversationState,
        TypedUserState userState,
        IOptions<TurnOptions> options,
        TimeProvider timeProvider,
        ILogger<ExactlyOnceTurnRunner> logger,
        IConversationStateWitness? witness = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(userState);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _bot = bot;
        _conversationState = conversationState;
        _userState = userState;
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _ledger = conversationState.CreateProperty<TurnLedger>(TurnLedger.Property);
        _witness = witness;
    }

    /// <inheritdoc />
    /// <exception cref="TurnNotCommittedException">Every run lost the race for the conversation's state.</exception>
    /// <exception cref="StorageUnavailableException">The store could not be read or written; nothing was sent.</exception>
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var fingerprint = TurnLedger.Fingerprint(turnContext.Activity);
        for (var attempt = 1; ; attempt++)
        {
            var run = TurnAttempt.Start(turnContext);
            try
            {
                if (await RunAndCommitAsync(run.Context, fingerprint, cancellationToken).ConfigureAwait(false) is { } committed)
                {
                    turnContext.TurnState.Set(CommittedTurn.TurnStateKey, committed);
                    await run.DeliverAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    TurnLog.Redelivery(_logger, turnContext.Activity.Type, turnContext.Activity.ChannelId);
                }

                if (attempt > 1)
                {
                    TurnLog.CommittedAfterReruns(_logger, attempt);
                }

                return;
            }
            catch (StorageConcurrencyException) when (attempt < _options.MaxAttempts)
            {
                var delay = _options.Backoff(attempt + 1, Random.Shared);
                TurnLog.Conflict(_logger, attempt, delay);
                await Task.Delay(delay, _timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (StorageConcurrencyException conflict)
            {
                TurnLog.GaveUp(_logger, attempt);
                throw new TurnNotCommittedException($"The turn lost the race for its state {attempt} times.", conflict);
            }
        }
    }

    /// <summary>One run: load, check the ledger, run the bot, commit.</summary>
    /// <returns>What was committed, or null when the activity was already committed and nothing ran.</returns>
    private async Task<CommittedTurn?> RunAndCommitAsync(ITurnContext context, string? fingerprint, CancellationToken cancellationToken)
    {
        // A new conversation loads as empty state without an ETag; its commit below creates it create-only.
        await _conversationState.LoadAsync(context, force: true, cancellationToken).ConfigureAwait(false);
        var ledger = await _ledger.GetAsync(context, () => new TurnLedger(), cancellationToken).ConfigureAwait(false);
        if (fingerprint is not null && ledger.Contains(fingerprint))
        {
            return null;
        }

        var before = _witness?.Witness(_conversationState.Store.Loaded(context)!);
        await _bot.OnTurnAsync(context, cancellationToken).ConfigureAwait(false);

        // The ledger changes on almost every turn, and with it the state: then the save is forced, which spares the
        // change check. Only an activity without an id that leaves the conversation going may have changed nothing.
        var changed = true;
        var conversation = _conversationState.Store.Loaded(context)!;
        if (conversation.Keys.All(IsBookkeeping))
        {
            // Nothing of the conversation is left (an interview finished): the ledger goes too, so the commit
            // deletes the state rather than keep a row per finished conversation for ever. A redelivery of this
            // last activity then finds no state and is answered like a new message.
            await _ledger.DeleteAsync(context, cancellationToken).ConfigureAwait(false);
        }
        else if (fingerprint is not null)
        {
            // Read again: the bot may have replaced conversation state wholesale.
            ledger = await _ledger.GetAsync(context, () => new TurnLedger(), cancellationToken).ConfigureAwait(false);
            ledger.Remember(fingerprint);
            await _ledger.SetAsync(context, ledger, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            changed = false;
        }

        await _userState.SaveChangesAsync(context, force: false, cancellationToken).ConfigureAwait(false);
        await _conversationState.SaveChangesAsync(context, force: changed, cancellationToken).ConfigureAwait(false);
        return new CommittedTurn(before, conversation, _userState.Store.Loaded(context));
    }

    private static bool IsBookkeeping(string property) => property == TurnLedger.Property;
}
