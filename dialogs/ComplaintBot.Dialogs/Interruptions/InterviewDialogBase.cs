using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Engine.Recognition;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Interruptions;

/// <summary>
/// The base of every interview dialog: whatever question is pending, the user can ask for help, see the
/// status, go back, skip, switch language, cancel, restart, list their complaints or delete their data, and
/// pending yes/no confirmations are settled before anything else. The outermost interview dialog sees a
/// message first, so it is the one that acts; nothing collected is lost by any of these.
/// </summary>
public abstract class InterviewDialogBase : ComponentDialog
{
    /// <summary>Initializes a new instance of the <see cref="InterviewDialogBase"/> class.</summary>
    /// <param name="dialogId">The dialog id.</param>
    /// <param name="services">The interview services.</param>
    protected InterviewDialogBase(string dialogId, InterviewServices services)
        : base(dialogId)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
        Questions = new QuestionMessages(services.Text);
        Facts = new FactSummary(services.Text);
        Interruptions = new InterruptionHandler(services, Facts);
    }

    /// <summary>Gets the interview services.</summary>
    protected InterviewServices Services { get; }

    /// <summary>Gets the question builder.</summary>
    protected QuestionMessages Questions { get; }

    /// <summary>Gets the fact describer.</summary>
    protected FactSummary Facts { get; }

    private InterruptionHandler Interruptions { get; }

    /// <summary>
    /// Starts the dialog's flow again from its first step. Every step asks only what is still open, so this
    /// lands on the first unanswered question — the way back, skip, a language switch and edits all work.
    /// </summary>
    /// <param name="innerDc">The dialog's inner context.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The result of the new flow's first turn.</returns>
    protected async Task<DialogTurnResult> RestartFlowAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await innerDc.BeginDialogAsync(InitialDialogId!, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Handles an interruption said as the very first message, before any question was asked.</summary>
    /// <param name="dc">The context of the dialog's first step.</param>
    /// <param name="state">The interview state.</param>
    /// <param name="interruption">The interruption.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result, or null when the interview should simply start.</returns>
    protected async Task<DialogTurnResult?> OnOpeningInterruptionAsync(DialogContext dc, InterviewState state, Interruption interruption, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(state);
        return await Interruptions.OpenWithAsync(dc, state, interruption, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var activity = innerDc.Context.Activity;
        if (!MessageText.IsMessage(activity))
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        }

        var state = await Services.LoadAsync(innerDc.Context, cancellationToken).ConfigureAwait(false);
        if (state.Pending is { } pending)
        {
            return await Interruptions.SettleAsync(innerDc, state, pending, RestartFlowAsync, cancellationToken).ConfigureAwait(false);
        }

        if (CardAction(activity) is { } action)
        {
            return await OnCardActionAsync(innerDc, state, action, activity, cancellationToken).ConfigureAwait(false);
        }

        var interruption = InterruptionRecognizer.Recognize(activity.Text);
        if (interruption != Interruption.None)
        {
            return await Interruptions.HandleAsync(innerDc, state, interruption, RestartFlowAsync, cancellationToken).ConfigureAwait(false);
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads the action a card submit names (<c>{ "action": "confirm" }</c>), or null for ordinary messages.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The action name, or null.</returns>
    protected static string? CardAction(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrWhiteSpace(activity.Text) && activity.Value is JObject value && value[CardActions.ActionProperty]?.Type == JTokenType.String
            ? (string?)value[CardActions.ActionProperty]
            : null;
    }

    private async Task<DialogTurnResult> OnCardActionAsync(DialogContext innerDc, InterviewState state, string action, Activity activity, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case CardActions.Help:
                return await Interruptions.HandleAsync(innerDc, state, Interruption.Help, RestartFlowAsync, cancellationToken).ConfigureAwait(false);
            case CardActions.Start:
                // The welcome card's button: the interview is already running, so just ask the pending question again.
                await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return EndOfTurn;
            case CardActions.EvidenceDone when state.PendingStep == InterviewStep.Evidence:
                return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
            default:
                var complaintId = (activity.Value as JObject)?[CardActions.ComplaintIdProperty]?.ToString();
                var current = state.PendingStep == InterviewStep.Review && (complaintId is null || complaintId == state.Draft?.Id);
                if (current)
                {
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
                }

                // A button on an older card: say so and carry on where the interview is.
                await innerDc.Context.SendActivityAsync(MessageFactory.Text(Services.Text.Get(state.Locale, "card.outdated")), cancellationToken).ConfigureAwait(false);
                await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return EndOfTurn;
        }
    }
}
