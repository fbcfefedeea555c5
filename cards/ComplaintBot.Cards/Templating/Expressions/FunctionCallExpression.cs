using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>A call of a prebuilt function, resolved and arity-checked when the template is parsed.</summary>
internal sealed class FunctionCallExpression(TemplateFunction function, IReadOnlyList<Expression> arguments) : Expression
{
    private readonly Expression[] _arguments = [.. arguments];

    public override bool ReturnsNewNode => function.ReturnsNewNode;

    public override JsonNode? Evaluate(EvaluationContext context)
    {
        // Up to four arguments (every call in the templates) live on the stack: a summary makes hundreds of calls.
        var buffer = default(FourArguments);
        var values = _arguments.Length <= 4 ? ((Span<JsonNode?>)buffer)[.._arguments.Length] : new JsonNode?[_arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _arguments[i].Evaluate(context);
        }

        return function.Invoke(values, context);
    }

    [InlineArray(4)]
    private struct FourArguments
    {
        private JsonNode? _first;
    }
}
