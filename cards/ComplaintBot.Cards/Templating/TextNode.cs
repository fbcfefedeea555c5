using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Templating;

/// <summary>
/// A template string. Without <c>${</c> it is copied verbatim. A string that is exactly one binding keeps the
/// value's JSON type (a number stays a number, <c>"${items}"</c> an array) and is omitted when the value is
/// missing. Any other string is interpolated: each binding contributes its text, a missing one nothing.
/// Values are inserted as data, never as template text, so <c>${x}</c> inside user data is not evaluated.
/// </summary>
internal sealed class TextNode : TemplateNode
{
    private readonly string? _literal;
    private readonly Expression? _single;
    private readonly object[]? _segments;

    private TextNode(string? literal, Expression? single, object[]? segments)
    {
        _literal = literal;
        _single = single;
        _segments = segments;
    }

    public static TextNode Compile(string text)
    {
        var segments = TemplateStringParser.Split(text);
        return segments switch
        {
            [string literal] => new TextNode(literal, null, null),
            [] => new TextNode(string.Empty, null, null),
            [Expression single] => new TextNode(null, single, null),
            _ => new TextNode(null, null, [.. segments]),
        };
    }

    public override void ExpandTo(EvaluationContext context, List<JsonNode?> output)
    {
        if (_literal is not null)
        {
            output.Add(JsonValues.From(_literal));
        }
        else if (_single is not null)
        {
            if (TryEvaluate(_single, context, out var value) && value is not null)
            {
                output.Add(_single.ReturnsNewNode ? value : value.DeepClone());
            }
        }
        else
        {
            // Pooled buffer instead of a StringBuilder per string and expansion.
            var text = new DefaultInterpolatedStringHandler(0, _segments!.Length);
            foreach (var segment in _segments)
            {
                text.AppendLiteral(segment is Expression expression
                    ? (TryEvaluate(expression, context, out var value) ? JsonValues.ToText(value) : string.Empty)
                    : (string)segment);
            }

            output.Add(JsonValues.From(text.ToStringAndClear()));
        }
    }

    /// <summary>A single binding's value as it is, not copied: the caller only reads it.</summary>
    public override JsonNode? Evaluate(EvaluationContext context, out bool present)
    {
        if (_single is null)
        {
            return ExpandSingle(context, out present);
        }

        present = TryEvaluate(_single, context, out var value) && value is not null;
        return present ? value : null;
    }

    /// <summary>Evaluates a binding; data the expression cannot handle makes it count as missing.</summary>
    private static bool TryEvaluate(Expression expression, EvaluationContext context, out JsonNode? value)
    {
        try
        {
            value = expression.Evaluate(context);
            return true;
        }
        catch (Exception e) when (e is ExpressionEvaluationException or FormatException or ArgumentException or InvalidOperationException)
        {
            value = null;
            return false;
        }
    }
}
