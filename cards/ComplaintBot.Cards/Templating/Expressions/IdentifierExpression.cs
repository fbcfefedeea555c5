using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary><c>$root</c>, <c>$data</c>, <c>$index</c>, or a bare name that means <c>$data.name</c>.</summary>
internal sealed class IdentifierExpression(string name) : Expression
{
    public string Name { get; } = name;

    public override JsonNode? Evaluate(EvaluationContext context) =>
        Name switch
        {
            "$root" => context.Root,
            "$data" => context.Data,
            "$index" => context.Index is { } index ? JsonValues.From(index) : null,
            _ => context.Member(context.Data, Name),
        };
}
