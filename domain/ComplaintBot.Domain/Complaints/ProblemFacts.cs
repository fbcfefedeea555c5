namespace ComplaintBot.Domain.Complaints;

/// <summary>What went wrong, in the user's words and as a type.</summary>
public sealed record ProblemFacts
{
    /// <summary>Gets the problem type, once chosen or confirmed.</summary>
    public ProblemType? Type { get; init; }

    /// <summary>Gets the user's description, kept in full however long it is.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the date the user noticed the problem.</summary>
    public DateOnly? DiscoveredDate { get; init; }

    /// <summary>Gets whether the user already contacted the seller; null when not asked yet.</summary>
    public bool? ContactedSeller { get; init; }

    /// <summary>Gets what the seller answered, in the user's words.</summary>
    public string? SellerResponse { get; init; }

    /// <summary>
    /// Gets whether the item is food; null lets the rules guess from the item and description.
    /// Food changes the statutory cap (Food Safety Law, Art. 148).
    /// </summary>
    public bool? IsFood { get; init; }
}
