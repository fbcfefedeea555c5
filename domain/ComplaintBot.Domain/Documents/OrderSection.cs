using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Documents;

/// <summary>The <c>order</c> part of the complaint document.</summary>
public sealed record OrderSection
{
    /// <summary>Gets the order number, or null.</summary>
    public string? OrderId { get; init; }

    /// <summary>Gets <c>taobao</c>, <c>tmall</c> or null.</summary>
    public string? Platform { get; init; }

    /// <summary>Gets the localized platform name, or null.</summary>
    public string? PlatformName { get; init; }

    /// <summary>Gets the shop, or null.</summary>
    public string? Shop { get; init; }

    /// <summary>Gets the item, or null.</summary>
    public string? Item { get; init; }

    /// <summary>Gets the purchase date, or null.</summary>
    public DateOnly? PurchaseDate { get; init; }

    /// <summary>Gets the delivery date, or null.</summary>
    public DateOnly? DeliveredDate { get; init; }

    /// <summary>Gets the amount paid, or null.</summary>
    public Money? AmountPaid { get; init; }
}
