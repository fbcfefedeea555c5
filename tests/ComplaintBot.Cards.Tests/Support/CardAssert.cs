using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Tests.Support;

/// <summary>Assertions and look-ups over expanded card JSON.</summary>
internal static class CardAssert
{
    public static void Valid(string card, bool userTextMayLookLikeTemplate = false)
    {
        var problems = AdaptiveCardValidator.Validate(card, userTextMayLookLikeTemplate);
        Assert.True(problems.Count == 0, "Card is not valid Adaptive Card 1.5:\n" + string.Join("\n", problems));
    }

    /// <summary>Every string value in the card, in document order.</summary>
    public static List<string> Texts(string card) => Strings(JsonNode.Parse(card)).ToList();

    /// <summary>The <c>data</c> of every Action.Submit, wherever it sits in the card.</summary>
    public static List<JsonObject> SubmitData(string card) => Objects(JsonNode.Parse(card))
        .Where(o => o["type"]?.GetValue<string>() == "Action.Submit")
        .Select(o => o["data"]!.AsObject())
        .ToList();

    public static IEnumerable<JsonObject> Objects(JsonNode? node) =>
        node switch
        {
            JsonObject obj => obj.Select(p => p.Value).SelectMany(Objects).Prepend(obj),
            JsonArray array => array.SelectMany(Objects),
            _ => [],
        };

    private static IEnumerable<string> Strings(JsonNode? node) =>
        node switch
        {
            JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
            JsonArray array => array.SelectMany(Strings),
            JsonValue value when value.TryGetValue(out string? s) => [s],
            _ => [],
        };
}
