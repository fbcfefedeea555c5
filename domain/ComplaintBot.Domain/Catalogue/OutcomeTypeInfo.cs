using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Catalogue;

/// <summary>Everything the catalogue knows about one demand.</summary>
public sealed record OutcomeTypeInfo
{
    /// <summary>Gets the outcome; its key is the catalogue key.</summary>
    public OutcomeType Key { get; init; }

    /// <summary>Gets the display name.</summary>
    public LocalizedText Name { get; init; } = new(string.Empty, string.Empty);

    /// <summary>Gets the demand as a verb phrase for the complaint text ("办理退货退款", "refund me").</summary>
    public LocalizedText Demand { get; init; } = new(string.Empty, string.Empty);

    /// <summary>Gets the keywords and synonyms, both languages ("我要退款", "money back").</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
