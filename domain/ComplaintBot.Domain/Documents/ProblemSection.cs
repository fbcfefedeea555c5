namespace ComplaintBot.Domain.Documents;

/// <summary>The <c>problem</c> part of the complaint document.</summary>
public sealed record ProblemSection
{
    /// <summary>Gets the problem key, e.g. <c>quality_defect</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Gets the localized problem name.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>Gets the user's words, in full.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>Gets the neutral rewrite used in the complaint text.</summary>
    public string ObjectiveDescription { get; init; } = string.Empty;

    /// <summary>Gets the date the problem was noticed, or null.</summary>
    public DateOnly? DiscoveredDate { get; init; }

    /// <summary>Gets whether the seller was contacted, or null when unknown.</summary>
    public bool? ContactedSeller { get; init; }

    /// <summary>Gets the seller's answer in the user's words, or null.</summary>
    public string? SellerResponse { get; init; }
}
