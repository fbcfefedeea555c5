using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>Forgets answers so their questions are asked again (back, edit from the summary).</summary>
public static class InterviewAnswers
{
    /// <summary>Forgets the answer to one step, and that it was skipped.</summary>
    /// <param name="state">The interview state.</param>
    /// <param name="step">The step.</param>
    public static void Clear(InterviewState state, string step)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Skipped.Remove(step);
        var draft = state.Draft ?? new ComplaintDraft();
        state.Draft = step switch
        {
            InterviewStep.OrderId => draft with { Order = draft.Order with { OrderId = null, OrderIdUnknown = false } },
            InterviewStep.Item => draft with { Order = draft.Order with { Item = null } },
            InterviewStep.Shop => draft with { Order = draft.Order with { Shop = null } },
            InterviewStep.PurchaseDate => draft with { Order = draft.Order with { PurchaseDate = null } },
            InterviewStep.AmountPaid => draft with { Order = draft.Order with { AmountPaid = null } },
            InterviewStep.DeliveredDate => draft with { Order = draft.Order with { DeliveredDate = null } },
            InterviewStep.ProblemType => draft with { Problem = draft.Problem with { Type = null } },
            InterviewStep.Description => draft with { Problem = draft.Problem with { Description = null } },
            InterviewStep.DiscoveredDate => draft with { Problem = draft.Problem with { DiscoveredDate = null } },
            InterviewStep.ContactedSeller => draft with { Problem = draft.Problem with { ContactedSeller = null, SellerResponse = null } },
            InterviewStep.OutcomeType => draft with { Outcome = draft.Outcome with { Type = null } },
            InterviewStep.OutcomeAmount => draft with { Outcome = draft.Outcome with { Amount = null } },
            _ => draft,
        };

        switch (step)
        {
            case InterviewStep.Description:
                state.RewriteAccepted = false;
                break;
            case InterviewStep.ProblemType:
                state.ChecklistShown = false;
                break;
            case InterviewStep.OutcomeType:
            case InterviewStep.OutcomeAmount:
                state.DemandConfirmed = false;
                break;
            case InterviewStep.Evidence:
                state.EvidenceDone = false;
                break;
        }
    }

    /// <summary>Forgets every answer of a section (an edit button on the summary card).</summary>
    /// <param name="state">The interview state.</param>
    /// <param name="section">The section.</param>
    public static void ClearSection(InterviewState state, InterviewSection section)
    {
        foreach (var step in InterviewQuestions.BySection[section])
        {
            Clear(state, step);
        }
    }
}
