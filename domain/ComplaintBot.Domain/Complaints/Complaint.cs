using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Complaints;

/// <summary>A completed complaint: the confirmed draft plus the facts that are now guaranteed.</summary>
public sealed record Complaint
{
    /// <summary>Gets the complaint id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the user's language.</summary>
    public ComplaintLocale Locale { get; init; }

    /// <summary>Gets when the draft was started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when the user confirmed the complaint.</summary>
    public DateTimeOffset CompletedAt { get; init; }

    /// <summary>Gets the problem type (always known once completed).</summary>
    public ProblemType ProblemType { get; init; }

    /// <summary>Gets the main demand (always known once completed).</summary>
    public OutcomeType OutcomeType { get; init; }

    /// <summary>Gets every fact as collected.</summary>
    public ComplaintDraft Draft { get; init; } = new();
}
