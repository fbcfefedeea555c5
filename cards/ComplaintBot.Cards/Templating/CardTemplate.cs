using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Templating;

/// <summary>
/// A card template prepared once (JSON parsed, every binding parsed and its functions resolved) and expanded
/// many times. Instances are immutable and safe to share between threads.
/// </summary>
internal sealed class CardTemplate
{
    private readonly TemplateNode _root;

    private CardTemplate(string name, TemplateNode root)
    {
        Name = name;
        _root = root;
    }

    public string Name { get; }

    /// <summary>Prepares a template; any malformed JSON or binding raises <see cref="TemplateException"/>.</summary>
    public static CardTemplate Parse(string name, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return new CardTemplate(name, TemplateNode.Compile(JsonNode.Parse(json)));
        }
        catch (Exception e) when (e is JsonException or TemplateException)
        {
            throw new TemplateException($"Template '{name}': {e.Message}", e);
        }
    }

    /// <summary>
    /// Expands the template over <paramref name="data"/> (which becomes <c>$root</c>), with the shared
    /// <paramref name="labels"/> as <c>$root.labels</c> when given.
    /// </summary>
    public JsonNode Expand(JsonNode? data, CultureInfo culture, JsonObject? labels = null)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var result = _root.ExpandSingle(new EvaluationContext(data, culture, labels), out var present);
        return present && result is not null
            ? result
            : throw new TemplateException($"Template '{Name}' expanded to nothing; its root must not carry $when or $data.");
    }
}
