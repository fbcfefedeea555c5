using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Catalogue;

/// <summary>Everything the catalogue knows about one problem type.</summary>
public sealed record ProblemTypeInfo
{
    /// <summary>Gets the type; its key is the catalogue key.</summary>
    public ProblemType Key { get; init; }

    /// <summary>Gets the display name.</summary>
    public LocalizedText Name { get; init; } = new(string.Empty, string.Empty);

    /// <summary>Gets the subject-line template; <c>{item}</c> stands for the item.</summary>
    public LocalizedText Subject { get; init; } = new(string.Empty, string.Empty);

    /// <summary>Gets the after-sales reason closest to this type, as named in the app.</summary>
    public LocalizedText AfterSalesReason { get; init; } = new(string.Empty, string.Empty);

    /// <summary>Gets a value indicating whether return shipping is the seller's cost for this kind of problem.</summary>
    public bool SellerPaysReturnShipping { get; init; }

    /// <summary>Gets the usual demands, most common first.</summary>
    public IReadOnlyList<OutcomeType> TypicalOutcomes { get; init; } = [];

    /// <summary>Gets the legal basis codes, most relevant first.</summary>
    public IReadOnlyList<string> LegalBasis { get; init; } = [];

    /// <summary>Gets the evidence checklist, key items first.</summary>
    public IReadOnlyList<EvidenceRequirement> Evidence { get; init; } = [];

    /// <summary>Gets the keywords and synonyms, both languages, for free-text classification.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];
}
