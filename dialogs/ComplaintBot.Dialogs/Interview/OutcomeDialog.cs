using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Domain.Review;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// The outcome the user wants, and for compensation the amount — checked against what the law supports, with
/// the calculation explained and a chance to adjust or to keep the amount knowingly.
/// </summary>
public sealed class OutcomeDialog : SectionDialog
{
    /// <summary>Initializes a new instance of the <see cref="OutcomeDialog"/> class.</summary>
    /// <param name="services">The interview services.</param>
    public OutcomeDialog(InterviewServices services)
        : base(nameof(OutcomeDialog), InterviewSection.Outcome, services)
    {
        AddDialog(new WaterfallDialog(FlowId, [TypeStepAsync, AmountStepAsync, FinishAsync]));
        InitialDialogId = FlowId;
    }

    /// <inheritdoc />
    protected override string? ReopenReason(string step, InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (step != InterviewStep.OutcomeAmount || state.DemandConfirmed || state.Draft?.Outcome.Amount is null)
        {
            return null;
        }

        // A demand above what the law supports is explained and asked again: a new amount replaces it,
        // "保持 / keep" keeps it knowingly.
        var review = Services.Reviewer.Review(state.Draft, Services.Today);
        var flag = review.Flags.FirstOrDefault(f => f.Code == ReviewFlagCode.UnreasonableDemand);
        return flag is null
            ? null
            : Services.Text.Get(state.Locale, "outcome.amount.unreasonable", flag.Message, flag.Fix, review.Statutory?.Formula ?? string.Empty);
    }

    private Task<DialogTurnResult> TypeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.OutcomeType, cancellationToken);

    private Task<DialogTurnResult> AmountStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.OutcomeAmount, cancellationToken);
}
