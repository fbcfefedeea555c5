namespace ComplaintBot.Domain.Complaints;

/// <summary>What is known about the order. Every fact is optional until the user gives it.</summary>
public sealed record OrderFacts
{
    /// <summary>Gets the normalised order number (digits only), or null when unknown.</summary>
    public string? OrderId { get; init; }

    /// <summary>Gets a value indicating whether the user said they cannot find the order number.</summary>
    public bool OrderIdUnknown { get; init; }

    /// <summary>Gets the marketplace, when the user named it.</summary>
    public Platform? Platform { get; init; }

    /// <summary>Gets the shop name.</summary>
    public string? Shop { get; init; }

    /// <summary>Gets the item bought.</summary>
    public string? Item { get; init; }

    /// <summary>Gets the purchase date.</summary>
    public DateOnly? PurchaseDate { get; init; }

    /// <summary>Gets the date the parcel was signed for.</summary>
    public DateOnly? DeliveredDate { get; init; }

    /// <summary>Gets the amount actually paid.</summary>
    public Money? AmountPaid { get; init; }
}
