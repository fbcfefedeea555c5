namespace ComplaintBot.Dialogs.Interview;

/// <summary>The parts of the interview, in order; each is one component dialog.</summary>
public enum InterviewSection
{
    /// <summary>The order: number, item, shop, dates, amount.</summary>
    Order,

    /// <summary>The problem: type, description, discovery, contact with the seller.</summary>
    Problem,

    /// <summary>The outcome wanted, with an amount when money is claimed.</summary>
    Outcome,

    /// <summary>Evidence files.</summary>
    Evidence,

    /// <summary>The summary card and its actions.</summary>
    Review,
}
