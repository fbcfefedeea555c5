using System.Collections.Frozen;
using ComplaintBot.Cards.Templating;

namespace ComplaintBot.Cards;

/// <summary>
/// Every embedded template, prepared once. Loading them all together means a broken template fails the first
/// card of any kind (and the tests), not only the rare card that uses it.
/// </summary>
internal sealed class CardTemplates
{
    public const string Welcome = "welcome";
    public const string Help = "help";
    public const string EvidenceChecklist = "evidence-checklist";
    public const string Summary = "summary";

    private const string Prefix = "ComplaintBot.Cards.Templates.";
    private const string Suffix = ".json";

    private static readonly Lazy<CardTemplates> Shared = new(Load);

    private readonly FrozenDictionary<string, CardTemplate> _templates;

    private CardTemplates(FrozenDictionary<string, CardTemplate> templates) => _templates = templates;

    public static CardTemplates Default => Shared.Value;

    public IEnumerable<string> Names => _templates.Keys;

    public CardTemplate Get(string name) =>
        _templates.TryGetValue(name, out var template)
            ? template
            : throw new InvalidOperationException($"No card template named '{name}' is embedded.");

    private static CardTemplates Load() =>
        new(EmbeddedText.Names(Prefix)
            .Select(resource => resource[Prefix.Length..^Suffix.Length])
            .ToFrozenDictionary(name => name, name => CardTemplate.Parse(name, EmbeddedText.Read(Prefix + name + Suffix)), StringComparer.Ordinal));
}
