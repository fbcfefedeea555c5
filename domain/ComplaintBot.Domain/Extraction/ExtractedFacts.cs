using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Extraction;

/// <summary>Facts found in one message. Only what is clearly there; everything else stays null.</summary>
public sealed record ExtractedFacts
{
    /// <summary>Gets the order number, normalised.</summary>
    public string? OrderId { get; init; }

    /// <summary>Gets a refused order-number-like value (tracking or Alipay number) with its explanation.</summary>
    public NormalisationResult<string>? OrderIdRefusal { get; init; }

    /// <summary>Gets a value indicating whether the order number is valid but unusual and should be read back.</summary>
    public bool OrderIdNeedsConfirmation { get; init; }

    /// <summary>Gets the marketplace, when named (淘宝/天猫, Taobao/Tmall).</summary>
    public Platform? Platform { get; init; }

    /// <summary>Gets the shop name.</summary>
    public string? Shop { get; init; }

    /// <summary>Gets the item.</summary>
    public string? Item { get; init; }

    /// <summary>Gets the purchase date (approximate ones need confirming).</summary>
    public ResolvedDate? PurchaseDate { get; init; }

    /// <summary>Gets the delivery date.</summary>
    public ResolvedDate? DeliveredDate { get; init; }

    /// <summary>Gets the date the problem was noticed.</summary>
    public ResolvedDate? DiscoveredDate { get; init; }

    /// <summary>Gets the amount paid.</summary>
    public Money? AmountPaid { get; init; }

    /// <summary>Gets the problem type, when the keywords point clearly at one.</summary>
    public ProblemType? ProblemType { get; init; }

    /// <summary>Gets the demand, when the user clearly states one ("想退货退款").</summary>
    public OutcomeType? Outcome { get; init; }

    /// <summary>Gets a value indicating whether nothing at all was found.</summary>
    public bool IsEmpty => OrderId is null && OrderIdRefusal is null && Platform is null && Shop is null && Item is null
        && PurchaseDate is null && DeliveredDate is null && DiscoveredDate is null && AmountPaid is null && ProblemType is null && Outcome is null;

    /// <summary>
    /// Copies the facts into the draft where the draft does not know them yet; known facts are never overwritten.
    /// </summary>
    /// <param name="draft">The draft.</param>
    /// <returns>The new draft and the step names (<c>order.orderId</c>, <c>problem.type</c>, ...) that were filled.</returns>
    public SlotFill ApplyTo(ComplaintDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var filled = new List<string>();
        var order = draft.Order ?? new OrderFacts();
        var problem = draft.Problem ?? new ProblemFacts();
        var outcome = draft.Outcome ?? new OutcomeFacts();

        T? Fill<T>(T? current, T? found, string step)
            where T : class
        {
            if (current is null && found is not null)
            {
                filled.Add(step);
                return found;
            }

            return current;
        }

        TValue? FillValue<TValue>(TValue? current, TValue? found, string step)
            where TValue : struct
        {
            if (current is null && found is not null)
            {
                filled.Add(step);
                return found;
            }

            return current;
        }

        order = order with
        {
            OrderId = Fill(order.OrderId, OrderId, "order.orderId"),
            Platform = FillValue(order.Platform, Platform, "order.platform"),
            Shop = Fill(order.Shop, Shop, "order.shop"),
            Item = Fill(order.Item, Item, "order.item"),
            PurchaseDate = FillValue(order.PurchaseDate, PurchaseDate?.Date, "order.purchaseDate"),
            DeliveredDate = FillValue(order.DeliveredDate, DeliveredDate?.Date, "order.deliveredDate"),
            AmountPaid = Fill(order.AmountPaid, AmountPaid, "order.amountPaid"),
        };
        problem = problem with
        {
            Type = FillValue(problem.Type, ProblemType, "problem.type"),
            DiscoveredDate = FillValue(problem.DiscoveredDate, DiscoveredDate?.Date, "problem.discoveredDate"),
        };
        outcome = outcome with { Type = FillValue(outcome.Type, Outcome, "outcome.type") };
        return new SlotFill(draft with { Order = order, Problem = problem, Outcome = outcome }, filled);
    }
}
