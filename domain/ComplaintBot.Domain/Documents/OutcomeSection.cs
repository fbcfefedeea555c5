using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Documents;

/// <summary>The <c>outcome</c> part of the complaint document.</summary>
public sealed record OutcomeSection
{
    /// <summary>Gets the outcome key, e.g. <c>return_refund</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Gets the localized outcome name.</summary>
    public string TypeName { get; init; } = string.Empty;

    /// <summary>Gets the amount claimed, or null.</summary>
    public Money? Amount { get; init; }

    /// <summary>Gets alternative outcome keys.</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];

    /// <summary>Gets the statutory calculation when money beyond the price is claimed and a rule applies; otherwise null.</summary>
    public StatutorySection? Statutory { get; init; }
}
