namespace ComplaintBot.Domain.Catalogue;

/// <summary>The shape of <c>catalogue.json</c>.</summary>
internal sealed record CatalogueData
{
    public IReadOnlyList<ProblemTypeInfo> ProblemTypes { get; init; } = [];

    public IReadOnlyList<OutcomeTypeInfo> OutcomeTypes { get; init; } = [];

    public IReadOnlyList<EvidenceKindInfo> EvidenceKinds { get; init; } = [];

    public IReadOnlyList<LawInfo> Laws { get; init; } = [];

    public IReadOnlyList<LegalArticle> Articles { get; init; } = [];

    public IReadOnlyList<string> FoodKeywords { get; init; } = [];
}
