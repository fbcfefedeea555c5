using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>Comparison, logical and arithmetic operators; <c>&amp;&amp;</c> and <c>||</c> short-circuit.</summary>
internal sealed class BinaryExpression(string op, Expression left, Expression right) : Expression
{
    /// <summary>Arithmetic and string concatenation make a new value; comparisons and logic give a shared boolean.</summary>
    public override bool ReturnsNewNode => op is "+" or "-" or "*" or "/" or "%";

    public override JsonNode? Evaluate(EvaluationContext context)
    {
        switch (op)
        {
            case "&&":
                return JsonValues.From(JsonValues.IsTruthy(left.Evaluate(context)) && JsonValues.IsTruthy(right.Evaluate(context)));
            case "||":
                return JsonValues.From(JsonValues.IsTruthy(left.Evaluate(context)) || JsonValues.IsTruthy(right.Evaluate(context)));
        }

        var a = left.Evaluate(context);
        var b = right.Evaluate(context);
        return op switch
        {
            "==" => JsonValues.From(JsonValues.AreEqual(a, b)),
            "!=" => JsonValues.From(!JsonValues.AreEqual(a, b)),
            "<" => JsonValues.From(JsonValues.Compare(a, b) < 0),
            "<=" => JsonValues.From(JsonValues.Compare(a, b) <= 0),
            ">" => JsonValues.From(JsonValues.Compare(a, b) > 0),
            ">=" => JsonValues.From(JsonValues.Compare(a, b) >= 0),
            "+" when JsonValues.TryGetString(a, out _) || JsonValues.TryGetString(b, out _) =>
                JsonValues.From(JsonValues.ToText(a) + JsonValues.ToText(b)),
            _ => Arithmetic(a, b),
        };
    }

    private JsonNode Arithmetic(JsonNode? a, JsonNode? b)
    {
        if (!JsonValues.TryGetNumber(a, out var x) || !JsonValues.TryGetNumber(b, out var y))
        {
            throw new ExpressionEvaluationException($"'{op}' expects two numbers.");
        }

        var result = op switch
        {
            "+" => x + y,
            "-" => x - y,
            "*" => x * y,
            "/" when y != 0 => x / y,
            "%" when y != 0 => x % y,
            _ => throw new ExpressionEvaluationException("Division by zero."),
        };
        return JsonValues.From(result);
    }
}
