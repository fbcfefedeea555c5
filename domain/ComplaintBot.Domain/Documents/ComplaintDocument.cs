using ComplaintBot.Domain.Writing;

namespace ComplaintBot.Domain.Documents;

/// <summary>
/// The complaint document consumed by the cards and carried in the summary activity's <c>value</c>.
/// Serialize it with <see cref="ComplaintJson.Options"/>; <c>complaint-document.schema.json</c> describes it.
/// </summary>
public sealed record ComplaintDocument
{
    /// <summary>Gets the complaint id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets <c>zh-CN</c> or <c>en-US</c>.</summary>
    public string Locale { get; init; } = string.Empty;

    /// <summary>Gets when the complaint was started, in the user's time zone, to the second.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets the order.</summary>
    public OrderSection Order { get; init; } = new();

    /// <summary>Gets the problem.</summary>
    public ProblemSection Problem { get; init; } = new();

    /// <summary>Gets the demand.</summary>
    public OutcomeSection Outcome { get; init; } = new();

    /// <summary>Gets the evidence.</summary>
    public IReadOnlyList<EvidenceEntry> Evidence { get; init; } = [];

    /// <summary>Gets the review.</summary>
    public ReviewSection Review { get; init; } = new();

    /// <summary>Gets the complaint texts.</summary>
    public ComplaintText ComplaintText { get; init; } = new();

    /// <summary>Gets the next steps, localized, in order.</summary>
    public IReadOnlyList<string> NextSteps { get; init; } = [];

    /// <summary>Gets the date to check progress, or null.</summary>
    public DateOnly? FollowUpDate { get; init; }
}
