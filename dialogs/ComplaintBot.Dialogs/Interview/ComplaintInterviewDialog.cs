using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Interruptions;
using ComplaintBot.Domain.Extraction;
using ComplaintBot.Domain.Localization;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// The root of the interview: reads the first message for facts, then runs order → problem → outcome →
/// evidence → review, each section only while it has open questions. Interruptions reach this dialog first.
/// </summary>
public sealed class ComplaintInterviewDialog : InterviewDialogBase
{
    private const string FlowId = nameof(ComplaintInterviewDialog) + ".flow";

    /// <summary>Initializes a new instance of the <see cref="ComplaintInterviewDialog"/> class.</summary>
    /// <param name="services">The interview services.</param>
    public ComplaintInterviewDialog(InterviewServices services)
        : base(nameof(ComplaintInterviewDialog), services)
    {
        AddDialog(new OrderDialog(services));
        AddDialog(new ProblemDialog(services));
        AddDialog(new OutcomeDialog(services));
        AddDialog(new EvidenceDialog(services));
        AddDialog(new ReviewDialog(services));
        AddDialog(new WaterfallDialog(FlowId, [FirstMessageStepAsync, OrderStepAsync, ProblemStepAsync, OutcomeStepAsync, EvidenceStepAsync, ReviewStepAsync, AfterReviewStepAsync]));
        InitialDialogId = FlowId;
    }

    private async Task<DialogTurnResult> FirstMessageStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await Services.LoadAsync(step.Context, cancellationToken).ConfigureAwait(false);
        if (state.Started)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        state.Started = true;
        var text = step.Context.Activity.Text;
        var interruption = InterruptionRecognizer.Recognize(text);
        if (interruption != Interruption.None && await OnOpeningInterruptionAsync(step, state, interruption, cancellationToken).ConfigureAwait(false) is { } handled)
        {
            return handled;
        }

        if (interruption != Interruption.None || !AnswerParser.HasContent(text) || text!.Length > 2_000)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // "订单号…，上周三在…买的水壶，129元，漏水": take every fact the opening message gives, and confirm them once.
        var facts = FactExtractor.Extract(text, Services.Today, Locales.FromTag(state.Locale), Services.Rules);
        var fill = facts.ApplyTo(state.Draft!);
        var filled = fill.Filled.Where(filledStep => InterviewStep.IndexOf(filledStep) > 0).ToList();
        if (filled.Count == 0)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        state.DraftBeforeFacts = state.Draft;
        state.Draft = fill.Draft.Touch(Services.TimeProvider);
        state.Pending = PendingConfirmation.Facts;
        var described = Facts.Describe(filled, state);
        var question = Services.Text.Get(state.Locale, "facts.confirm", string.Join(Services.Text.Get(state.Locale, "list.separator"), described));
        await step.Context.SendActivityAsync(InterruptionHandler.Confirmation(state, question), cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    private Task<DialogTurnResult> OrderStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RunSectionAsync(step, InterviewSection.Order, nameof(OrderDialog), cancellationToken);

    private Task<DialogTurnResult> ProblemStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RunSectionAsync(step, InterviewSection.Problem, nameof(ProblemDialog), cancellationToken);

    private Task<DialogTurnResult> OutcomeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RunSectionAsync(step, InterviewSection.Outcome, nameof(OutcomeDialog), cancellationToken);

    private Task<DialogTurnResult> EvidenceStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RunSectionAsync(step, InterviewSection.Evidence, nameof(EvidenceDialog), cancellationToken);

    private Task<DialogTurnResult> ReviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.BeginDialogAsync(nameof(ReviewDialog), null, cancellationToken);

    private async Task<DialogTurnResult> AfterReviewStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.Result as string == ReviewDialog.Reopened
            ? await step.ReplaceDialogAsync(FlowId, null, cancellationToken).ConfigureAwait(false)
            : await step.EndDialogAsync(step.Result, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> RunSectionAsync(WaterfallStepContext step, InterviewSection section, string dialogId, CancellationToken cancellationToken)
    {
        var state = await Services.LoadAsync(step.Context, cancellationToken).ConfigureAwait(false);
        return InterviewQuestions.FirstOpen(section, state, Services.Today) is null
            ? await step.NextAsync(null, cancellationToken).ConfigureAwait(false)
            : await step.BeginDialogAsync(dialogId, null, cancellationToken).ConfigureAwait(false);
    }
}
