using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary><c>!operand</c> (logical not by truthiness) or <c>-operand</c> (numeric negation).</summary>
internal sealed class UnaryExpression(string op, Expression operand) : Expression
{
    public override bool ReturnsNewNode => op == "-";

    public override JsonNode? Evaluate(EvaluationContext context)
    {
        var value = operand.Evaluate(context);
        if (op == "!")
        {
            return JsonValues.From(!JsonValues.IsTruthy(value));
        }

        return JsonValues.TryGetNumber(value, out var number)
            ? JsonValues.From(-number)
            : throw new ExpressionEvaluationException("'-' expects a number.");
    }
}
