using ComplaintBot.Dialogs.Engine.State;
using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Dialogs.History;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Documents;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Review;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// What every interview dialog needs, in one place: the conversation's interview state, the texts, the clock,
/// the cards, the evidence seam and the complaint rules. One instance per host.
/// </summary>
public sealed class InterviewServices
{
    /// <summary>The conversation-state property holding <see cref="InterviewState"/>.</summary>
    public const string StateProperty = "Interview";

    private readonly IStatePropertyAccessor<InterviewState> _state;

    /// <summary>Initializes a new instance of the <see cref="InterviewServices"/> class.</summary>
    /// <param name="conversationState">Where interview state lives.</param>
    /// <param name="history">The user's completed complaints.</param>
    /// <param name="text">Every sentence the bot says.</param>
    /// <param name="cards">The card templates.</param>
    /// <param name="evidence">The evidence seam.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="rules">The complaint rules (time zone, windows, limits).</param>
    public InterviewServices(
        ConversationState conversationState,
        ComplaintHistoryStore history,
        BotText text,
        ComplaintCards cards,
        IEvidenceIntake evidence,
        TimeProvider timeProvider,
        ComplaintRulesOptions rules)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _state = conversationState.CreateAccessor<InterviewState>(StateProperty);
        History = history;
        Text = text;
        Cards = cards;
        Evidence = evidence;
        TimeProvider = timeProvider;
        Rules = rules;
        Reviewer = new ComplaintReviewer(rules);
        Documents = new ComplaintDocumentBuilder(timeProvider, rules);
    }

    /// <summary>Gets the user's completed complaints.</summary>
    public ComplaintHistoryStore History { get; }

    /// <summary>Gets the texts.</summary>
    public BotText Text { get; }

    /// <summary>Gets the cards.</summary>
    public ComplaintCards Cards { get; }

    /// <summary>Gets the evidence seam.</summary>
    public IEvidenceIntake Evidence { get; }

    /// <summary>Gets the clock.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Gets the complaint rules.</summary>
    public ComplaintRulesOptions Rules { get; }

    /// <summary>Gets the reviewer.</summary>
    public ComplaintReviewer Reviewer { get; }

    /// <summary>Gets the complaint document builder.</summary>
    public ComplaintDocumentBuilder Documents { get; }

    /// <summary>Gets today's date in the user's time zone.</summary>
    public DateOnly Today => Rules.Today(TimeProvider);

    /// <summary>
    /// Loads the interview state of this turn, starting it when the conversation has none: the language comes
    /// from the activity, and an empty draft is created.
    /// </summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The state; changes are saved with the conversation state at the end of the turn.</returns>
    public async Task<InterviewState> LoadAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var state = await _state.GetAsync(turnContext, () => new InterviewState(), cancellationToken).ConfigureAwait(false);
        state.Locale ??= BotText.CultureOf(turnContext.Activity.Locale);
        state.Draft ??= ComplaintDraft.Start(Locales.FromTag(state.Locale), TimeProvider);

        // The accessor converts stored JSON to a new object on every read; putting the typed object back makes
        // every later read in this turn return this instance, so changes made to it are the ones saved.
        await _state.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return state;
    }

    /// <summary>Forgets the interview of this conversation (after completion, cancel or deletion).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task.</returns>
    public Task ClearAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _state.DeleteAsync(turnContext, cancellationToken);
}
