namespace ComplaintBot.Bench.Scenarios.Interview;

/// <summary>
/// The step hints (<c>channelData.complaintBot.step</c>) the bot puts on its questions. They are part of the
/// bot's protocol, so a client names them as strings like any automated channel would.
/// </summary>
internal static class StepIds
{
    public const string OrderId = "order.orderId";
    public const string Item = "order.item";
    public const string Shop = "order.shop";
    public const string PurchaseDate = "order.purchaseDate";
    public const string AmountPaid = "order.amountPaid";
    public const string DeliveredDate = "order.deliveredDate";
    public const string ProblemType = "problem.type";
    public const string Description = "problem.description";
    public const string DiscoveredDate = "problem.discoveredDate";
    public const string ContactedSeller = "problem.contactedSeller";
    public const string OutcomeType = "outcome.type";
    public const string OutcomeAmount = "outcome.amount";
    public const string Evidence = "evidence";
    public const string Review = "review";
    public const string Confirm = "confirm";
}
