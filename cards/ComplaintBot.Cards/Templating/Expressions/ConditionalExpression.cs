using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary><c>if(condition, whenTrue, whenFalse)</c>; only the chosen branch is evaluated.</summary>
internal sealed class ConditionalExpression(Expression condition, Expression whenTrue, Expression whenFalse) : Expression
{
    public override bool ReturnsNewNode { get; } = whenTrue.ReturnsNewNode && whenFalse.ReturnsNewNode;

    public override JsonNode? Evaluate(EvaluationContext context) =>
        JsonValues.IsTruthy(condition.Evaluate(context)) ? whenTrue.Evaluate(context) : whenFalse.Evaluate(context);
}
