using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>
/// The scopes an expression sees: <c>$root</c> (the data given to the expansion), <c>$data</c> (the current
/// element's data, <c>$root</c> unless an element set its own) and <c>$index</c> (the position while an element
/// repeats over an array). The culture drives number, money and date formatting.
/// </summary>
/// <remarks>
/// A card's labels are read as <c>$root.labels</c> but are not copied into the data: the labels of a language
/// are parsed once and shared by every card, and a node can only belong to one tree. So <see cref="Member"/>
/// answers <c>labels</c> on the root from <see cref="Labels"/>, ahead of any <c>labels</c> the data has, as when
/// they were copied in over it. Only reading the root as a whole (<c>${$root}</c>, <c>count($root)</c>, which no
/// template does) would tell the difference.
/// </remarks>
internal sealed class EvaluationContext
{
    /// <summary>The root property under which templates read the labels.</summary>
    public const string LabelsProperty = "labels";

    public EvaluationContext(JsonNode? root, CultureInfo culture, JsonObject? labels = null)
        : this(root, root, null, culture, labels)
    {
    }

    private EvaluationContext(JsonNode? root, JsonNode? data, int? index, CultureInfo culture, JsonObject? labels)
    {
        Root = root;
        Data = data;
        Index = index;
        Culture = culture;
        Labels = labels;
    }

    public JsonNode? Root { get; }

    public JsonNode? Data { get; }

    public int? Index { get; }

    public CultureInfo Culture { get; }

    /// <summary>The shared labels of the card's language, or null when the data carries its own.</summary>
    public JsonObject? Labels { get; }

    /// <summary>A scope for an element whose <c>$data</c> is a single value; <c>$index</c> is kept.</summary>
    public EvaluationContext WithData(JsonNode? data) => new(Root, data, Index, Culture, Labels);

    /// <summary>A scope for one repetition of an element over an array.</summary>
    public EvaluationContext WithItem(JsonNode? item, int index) => new(Root, item, index, Culture, Labels);

    /// <summary><c>target.name</c>, with the shared labels standing in for the root's <c>labels</c>.</summary>
    public JsonNode? Member(JsonNode? target, string name) =>
        Labels is not null && target is not null && ReferenceEquals(target, Root) && name == LabelsProperty
            ? Labels
            : MemberExpression.Member(target, name);
}
