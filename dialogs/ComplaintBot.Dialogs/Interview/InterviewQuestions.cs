using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// The rules of each question: which section asks it, whether it may be skipped, when it is already answered
/// and when it is needed at all. Sections ask exactly the questions this class says are open, so a fact known
/// from any earlier message is never asked again.
/// </summary>
public static class InterviewQuestions
{
    private static readonly HashSet<string> Optional = new(StringComparer.Ordinal)
    {
        InterviewStep.OrderId, InterviewStep.Shop, InterviewStep.PurchaseDate, InterviewStep.AmountPaid,
        InterviewStep.DeliveredDate, InterviewStep.DiscoveredDate, InterviewStep.ContactedSeller, InterviewStep.Evidence,
    };

    /// <summary>Gets the steps each section asks, in order.</summary>
    public static IReadOnlyDictionary<InterviewSection, IReadOnlyList<string>> BySection { get; } = new Dictionary<InterviewSection, IReadOnlyList<string>>
    {
        [InterviewSection.Order] = [InterviewStep.OrderId, InterviewStep.Item, InterviewStep.Shop, InterviewStep.PurchaseDate, InterviewStep.AmountPaid, InterviewStep.DeliveredDate],
        [InterviewSection.Problem] = [InterviewStep.ProblemType, InterviewStep.Description, InterviewStep.DiscoveredDate, InterviewStep.ContactedSeller],
        [InterviewSection.Outcome] = [InterviewStep.OutcomeType, InterviewStep.OutcomeAmount],
        [InterviewSection.Evidence] = [InterviewStep.Evidence],
        [InterviewSection.Review] = [InterviewStep.Review],
    };

    /// <summary>Tells whether a step may be skipped (跳过 / skip).</summary>
    /// <param name="step">A step id.</param>
    /// <returns>True for optional steps.</returns>
    public static bool IsOptional(string step) => Optional.Contains(step);

    /// <summary>Tells whether a step still has to be asked.</summary>
    /// <param name="step">A step id.</param>
    /// <param name="state">The interview state.</param>
    /// <param name="today">Today in the user's time zone.</param>
    /// <returns>True when the question is needed and neither answered nor skipped.</returns>
    public static bool IsOpen(string step, InterviewState state, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        return !state.IsSkipped(step) && IsNeeded(step, state, today) && !IsAnswered(step, state);
    }

    /// <summary>Gets the first step of a section that is still open, or null when the section is complete.</summary>
    /// <param name="section">The section.</param>
    /// <param name="state">The interview state.</param>
    /// <param name="today">Today in the user's time zone.</param>
    /// <returns>The step id, or null.</returns>
    public static string? FirstOpen(InterviewSection section, InterviewState state, DateOnly today) =>
        BySection[section].FirstOrDefault(step => IsOpen(step, state, today));

    /// <summary>Tells whether a step has an answer.</summary>
    /// <param name="step">A step id.</param>
    /// <param name="state">The interview state.</param>
    /// <returns>True when answered.</returns>
    public static bool IsAnswered(string step, InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var draft = state.Draft ?? new ComplaintDraft();
        return step switch
        {
            InterviewStep.OrderId => draft.Order.OrderId is not null || draft.Order.OrderIdUnknown,
            InterviewStep.Item => !string.IsNullOrWhiteSpace(draft.Order.Item),
            InterviewStep.Shop => !string.IsNullOrWhiteSpace(draft.Order.Shop),
            InterviewStep.PurchaseDate => draft.Order.PurchaseDate is not null,
            InterviewStep.AmountPaid => draft.Order.AmountPaid is not null,
            InterviewStep.DeliveredDate => draft.Order.DeliveredDate is not null,
            InterviewStep.ProblemType => draft.Problem.Type is not null,
            InterviewStep.Description => !string.IsNullOrWhiteSpace(draft.Problem.Description),
            InterviewStep.DiscoveredDate => draft.Problem.DiscoveredDate is not null,
            InterviewStep.ContactedSeller => draft.Problem.ContactedSeller is false
                || (draft.Problem.ContactedSeller is true && !string.IsNullOrWhiteSpace(draft.Problem.SellerResponse)),
            InterviewStep.OutcomeType => draft.Outcome.Type is not null,
            InterviewStep.OutcomeAmount => draft.Outcome.Amount is not null,
            InterviewStep.Evidence => state.EvidenceDone,
            _ => false,
        };
    }

    /// <summary>Tells whether a step applies to this complaint at all.</summary>
    /// <param name="step">A step id.</param>
    /// <param name="state">The interview state.</param>
    /// <param name="today">Today in the user's time zone.</param>
    /// <returns>True when the question should be asked.</returns>
    public static bool IsNeeded(string step, InterviewState state, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(state);
        var draft = state.Draft ?? new ComplaintDraft();
        return step switch
        {
            // The delivery date matters for the after-sales windows, which only start to bite a week after purchase;
            // for goods that never arrived there is no delivery date to give.
            InterviewStep.DeliveredDate => draft.Order.PurchaseDate is { } bought
                && bought.AddDays(7) <= today
                && draft.Problem.Type is not ProblemType.Logistics,

            // Money is asked only when money is claimed beyond the price: compensation.
            InterviewStep.OutcomeAmount => draft.Outcome.Type is OutcomeType.Compensation,
            _ => true,
        };
    }
}
