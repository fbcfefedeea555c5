namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// The questions of the interview, in the order they are asked. Each id is also the machine-readable hint
/// (<c>channelData.complaintBot.step</c>) carried by the activity that asks it, which the web page uses for its
/// progress bar and automated conversations use to know what is being asked.
/// </summary>
public static class InterviewStep
{
    /// <summary>The order number.</summary>
    public const string OrderId = "order.orderId";

    /// <summary>The item bought.</summary>
    public const string Item = "order.item";

    /// <summary>The shop it was bought from.</summary>
    public const string Shop = "order.shop";

    /// <summary>The purchase date.</summary>
    public const string PurchaseDate = "order.purchaseDate";

    /// <summary>The amount paid.</summary>
    public const string AmountPaid = "order.amountPaid";

    /// <summary>The delivery date, asked only when a time window depends on it.</summary>
    public const string DeliveredDate = "order.deliveredDate";

    /// <summary>The problem type.</summary>
    public const string ProblemType = "problem.type";

    /// <summary>The user's description of the problem.</summary>
    public const string Description = "problem.description";

    /// <summary>When the problem was discovered.</summary>
    public const string DiscoveredDate = "problem.discoveredDate";

    /// <summary>Whether the seller was contacted, and what they said.</summary>
    public const string ContactedSeller = "problem.contactedSeller";

    /// <summary>The outcome the user wants.</summary>
    public const string OutcomeType = "outcome.type";

    /// <summary>The amount claimed, for compensation or a partial refund.</summary>
    public const string OutcomeAmount = "outcome.amount";

    /// <summary>The evidence files.</summary>
    public const string Evidence = "evidence";

    /// <summary>The summary card and its actions.</summary>
    public const string Review = "review";

    /// <summary>The compact confirmation of facts taken from a message that said several things at once.</summary>
    public const string Confirm = "confirm";

    /// <summary>Gets every question in interview order (without <see cref="Confirm"/>, which is not a question of its own).</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        OrderId, Item, Shop, PurchaseDate, AmountPaid, DeliveredDate,
        ProblemType, Description, DiscoveredDate, ContactedSeller,
        OutcomeType, OutcomeAmount,
        Evidence,
        Review,
    ];

    /// <summary>Gets the 1-based position of a step in <see cref="All"/>, or 0 for <see cref="Confirm"/> and unknown ids.</summary>
    /// <param name="step">A step id.</param>
    /// <returns>The position.</returns>
    public static int IndexOf(string step)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == step)
            {
                return i + 1;
            }
        }

        return 0;
    }
}
