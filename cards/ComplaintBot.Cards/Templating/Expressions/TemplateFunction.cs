using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>A prebuilt function: its name, how many arguments it takes and what it computes.</summary>
internal sealed record TemplateFunction(
    string Name,
    int MinArguments,
    int MaxArguments,
    Func<IReadOnlyList<JsonNode?>, EvaluationContext, JsonNode?> Invoke);
