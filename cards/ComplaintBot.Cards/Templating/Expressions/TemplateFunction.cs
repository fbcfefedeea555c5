using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>
/// A prebuilt function: its name, how many arguments it takes, what it computes, and whether its result is always
/// a node made for the call (see <see cref="Expression.ReturnsNewNode"/>; false when it may return an argument
/// or a shared boolean).
/// </summary>
internal sealed record TemplateFunction(
    string Name,
    int MinArguments,
    int MaxArguments,
    Func<ReadOnlySpan<JsonNode?>, EvaluationContext, JsonNode?> Invoke,
    bool ReturnsNewNode = true);
