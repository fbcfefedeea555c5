using ComplaintBot.Dialogs.Engine;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>The problem: its type, the user's description, when it was discovered, and contact with the seller.</summary>
public sealed class ProblemDialog : SectionDialog
{
    /// <summary>Initializes a new instance of the <see cref="ProblemDialog"/> class.</summary>
    /// <param name="services">The interview services.</param>
    public ProblemDialog(InterviewServices services)
        : base(nameof(ProblemDialog), InterviewSection.Problem, services)
    {
        AddDialog(new WaterfallDialog(FlowId, [TypeStepAsync, DescriptionStepAsync, DiscoveredDateStepAsync, ContactedSellerStepAsync, FinishAsync]));
        InitialDialogId = FlowId;
    }

    private Task<DialogTurnResult> TypeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.ProblemType, cancellationToken);

    private Task<DialogTurnResult> DescriptionStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.Description, cancellationToken);

    private Task<DialogTurnResult> DiscoveredDateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.DiscoveredDate, cancellationToken);

    private Task<DialogTurnResult> ContactedSellerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.ContactedSeller, cancellationToken);
}
