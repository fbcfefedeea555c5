using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>
/// The scopes an expression sees: <c>$root</c> (the data given to the expansion), <c>$data</c> (the current
/// element's data, <c>$root</c> unless an element set its own) and <c>$index</c> (the position while an element
/// repeats over an array). The culture drives number, money and date formatting.
/// </summary>
internal sealed class EvaluationContext
{
    public EvaluationContext(JsonNode? root, CultureInfo culture)
        : this(root, root, null, culture)
    {
    }

    private EvaluationContext(JsonNode? root, JsonNode? data, int? index, CultureInfo culture)
    {
        Root = root;
        Data = data;
        Index = index;
        Culture = culture;
    }

    public JsonNode? Root { get; }

    public JsonNode? Data { get; }

    public int? Index { get; }

    public CultureInfo Culture { get; }

    /// <summary>A scope for an element whose <c>$data</c> is a single value; <c>$index</c> is kept.</summary>
    public EvaluationContext WithData(JsonNode? data) => new(Root, data, Index, Culture);

    /// <summary>A scope for one repetition of an element over an array.</summary>
    public EvaluationContext WithItem(JsonNode? item, int index) => new(Root, item, index, Culture);
}
