using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>A call of a prebuilt function, resolved and arity-checked when the template is parsed.</summary>
internal sealed class FunctionCallExpression(TemplateFunction function, IReadOnlyList<Expression> arguments) : Expression
{
    public override bool ReturnsNewNode => function.ReturnsNewNode;

    public override JsonNode? Evaluate(EvaluationContext context)
    {
        var values = new JsonNode?[arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = arguments[i].Evaluate(context);
        }

        return function.Invoke(values, context);
    }
}
