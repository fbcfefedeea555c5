using ComplaintBot.Dialogs.Engine;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>The order: number, item, shop, purchase date, amount paid, and the delivery date when a time window depends on it.</summary>
public sealed class OrderDialog : SectionDialog
{
    /// <summary>Initializes a new instance of the <see cref="OrderDialog"/> class.</summary>
    /// <param name="services">The interview services.</param>
    public OrderDialog(InterviewServices services)
        : base(nameof(OrderDialog), InterviewSection.Order, services)
    {
        AddDialog(new WaterfallDialog(FlowId, [OrderIdStepAsync, ItemStepAsync, ShopStepAsync, PurchaseDateStepAsync, AmountPaidStepAsync, DeliveredDateStepAsync, FinishAsync]));
        InitialDialogId = FlowId;
    }

    private Task<DialogTurnResult> OrderIdStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.OrderId, cancellationToken);

    private Task<DialogTurnResult> ItemStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.Item, cancellationToken);

    private Task<DialogTurnResult> ShopStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.Shop, cancellationToken);

    private Task<DialogTurnResult> PurchaseDateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.PurchaseDate, cancellationToken);

    private Task<DialogTurnResult> AmountPaidStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.AmountPaid, cancellationToken);

    private Task<DialogTurnResult> DeliveredDateStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        RecordAndAskAsync(step, InterviewStep.DeliveredDate, cancellationToken);
}
