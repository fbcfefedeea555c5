using System.Text.Json;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Documents;

namespace ComplaintBot.Domain.Catalogue;

/// <summary>
/// The reference data of the domain (problem types, demands, evidence kinds, laws and articles), read once
/// from the embedded <c>catalogue.json</c>, which is the single place to edit it.
/// </summary>
public sealed class ComplaintCatalogue
{
    private const string ResourceName = "ComplaintBot.Domain.catalogue.json";
    private static readonly Lazy<ComplaintCatalogue> Instance = new(Load);

    private readonly Dictionary<ProblemType, ProblemTypeInfo> problems;
    private readonly Dictionary<OutcomeType, OutcomeTypeInfo> outcomes;
    private readonly Dictionary<EvidenceKind, EvidenceKindInfo> kinds;
    private readonly Dictionary<string, LawInfo> laws;
    private readonly Dictionary<string, LegalArticle> articles;

    private ComplaintCatalogue(CatalogueData data)
    {
        ProblemTypes = data.ProblemTypes;
        OutcomeTypes = data.OutcomeTypes;
        EvidenceKinds = data.EvidenceKinds;
        Articles = data.Articles;
        FoodKeywords = data.FoodKeywords;
        problems = data.ProblemTypes.ToDictionary(p => p.Key);
        outcomes = data.OutcomeTypes.ToDictionary(o => o.Key);
        kinds = data.EvidenceKinds.ToDictionary(k => k.Key);
        laws = data.Laws.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
        articles = data.Articles.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
        Validate(data);
    }

    /// <summary>Gets the catalogue shipped with the assembly.</summary>
    public static ComplaintCatalogue Default => Instance.Value;

    /// <summary>Gets the problem types in catalogue order.</summary>
    public IReadOnlyList<ProblemTypeInfo> ProblemTypes { get; }

    /// <summary>Gets the demands in catalogue order.</summary>
    public IReadOnlyList<OutcomeTypeInfo> OutcomeTypes { get; }

    /// <summary>Gets the evidence kinds.</summary>
    public IReadOnlyList<EvidenceKindInfo> EvidenceKinds { get; }

    /// <summary>Gets every citable article.</summary>
    public IReadOnlyList<LegalArticle> Articles { get; }

    /// <summary>Gets words that mark an item as food (Food Safety Law caps apply).</summary>
    public IReadOnlyList<string> FoodKeywords { get; }

    /// <summary>The entry of a problem type.</summary>
    /// <param name="type">The type.</param>
    /// <returns>Its catalogue entry.</returns>
    public ProblemTypeInfo Problem(ProblemType type) => problems[type];

    /// <summary>The entry of a demand.</summary>
    /// <param name="type">The demand.</param>
    /// <returns>Its catalogue entry.</returns>
    public OutcomeTypeInfo Outcome(OutcomeType type) => outcomes[type];

    /// <summary>The entry of an evidence kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its catalogue entry.</returns>
    public EvidenceKindInfo EvidenceKind(EvidenceKind kind) => kinds[kind];

    /// <summary>Looks up an article by code, e.g. <c>CRPL-55.1</c>.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The article, or null when the catalogue does not have it.</returns>
    public LegalArticle? Article(string code) => articles.GetValueOrDefault(code);

    /// <summary>Looks up a law by its prefix, e.g. <c>ECL</c>.</summary>
    /// <param name="code">The prefix.</param>
    /// <returns>The law, or null.</returns>
    public LawInfo? Law(string code) => laws.GetValueOrDefault(code);

    private static ComplaintCatalogue Load()
    {
        using var stream = typeof(ComplaintCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ComplaintDomainException($"Embedded resource {ResourceName} is missing.");
        var data = JsonSerializer.Deserialize<CatalogueData>(stream, ComplaintJson.Options)
            ?? throw new ComplaintDomainException("The catalogue is empty.");
        return new ComplaintCatalogue(data);
    }

    // A broken catalogue must fail on first use, loudly, rather than produce complaints with holes.
    private void Validate(CatalogueData data)
    {
        var gaps = new List<string>();
        gaps.AddRange(Enum.GetValues<ProblemType>().Where(t => !problems.ContainsKey(t)).Select(t => "problem " + Keys.Of(t)));
        gaps.AddRange(Enum.GetValues<OutcomeType>().Where(t => !outcomes.ContainsKey(t)).Select(t => "outcome " + Keys.Of(t)));
        gaps.AddRange(Enum.GetValues<EvidenceKind>().Where(k => !kinds.ContainsKey(k)).Select(k => "evidence kind " + Keys.Of(k)));
        gaps.AddRange(data.ProblemTypes.SelectMany(p => p.LegalBasis).Where(c => !articles.ContainsKey(c)).Select(c => "article " + c));
        gaps.AddRange(data.Articles.Where(a => !laws.ContainsKey(a.LawCode)).Select(a => "law of " + a.Code));
        gaps.AddRange(data.ProblemTypes.Where(p => !p.Evidence.Any(e => e.IsKey)).Select(p => "key evidence of " + Keys.Of(p.Key)));
        if (gaps.Count > 0)
        {
            throw new ComplaintDomainException("The catalogue is incomplete: " + string.Join(", ", gaps));
        }
    }
}
