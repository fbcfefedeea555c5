using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintBot.Cards.Localization;

namespace ComplaintBot.Cards.Tests.Localization;

public sealed partial class CardLabelsTests
{
    public static TheoryData<string> Languages => new() { CardLocale.Chinese, CardLocale.English };

    [Fact]
    public void For_BothLanguages_HaveTheSameKeysAndKinds()
    {
        var chinese = Shape(CardLabels.For(CardLocale.Chinese), "labels");
        var english = Shape(CardLabels.For(CardLocale.English), "labels");

        Assert.Equal(chinese, english);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void For_EveryLabelPathUsedByATemplate_Exists(string language)
    {
        var labels = new JsonObject { ["labels"] = CardLabels.For(language) };
        var missing = new List<string>();
        foreach (var name in CardTemplates.Default.Names)
        {
            var template = EmbeddedText.Read($"ComplaintBot.Cards.Templates.{name}.json");
            foreach (Match match in LabelPath().Matches(template))
            {
                var node = match.Value.Replace("$root.", string.Empty, StringComparison.Ordinal).Split('.')
                    .Aggregate((JsonNode?)labels, (current, key) => current is JsonObject obj ? obj[key] : null);
                if (node is null)
                {
                    missing.Add($"{name}: {match.Value}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void For_Language_HasTheLanguageTagAndNoEmptyText(string language)
    {
        var labels = CardLabels.For(language);

        Assert.Equal(language, labels["lang"]!.GetValue<string>());
        Assert.DoesNotContain(Strings(labels), s => string.IsNullOrWhiteSpace(s));
    }

    [Fact]
    public void For_SameLanguageTwice_ReturnsIndependentCopies()
    {
        var first = CardLabels.For(CardLocale.Chinese);
        first["lang"] = "changed";

        Assert.Equal(CardLocale.Chinese, CardLabels.For(CardLocale.Chinese)["lang"]!.GetValue<string>());
    }

    private static List<string> Shape(JsonNode? node, string path) =>
        node switch
        {
            JsonObject obj => obj.SelectMany(p => Shape(p.Value, $"{path}.{p.Key}")).Prepend($"{path}:object").ToList(),
            JsonArray array => array.SelectMany((item, i) => Shape(item, $"{path}[{i}]")).Prepend($"{path}:array").ToList(),
            _ => [$"{path}:{node?.GetValueKind()}"],
        };

    private static IEnumerable<string> Strings(JsonNode? node) =>
        node switch
        {
            JsonObject obj => obj.SelectMany(p => Strings(p.Value)),
            JsonArray array => array.SelectMany(Strings),
            JsonValue value when value.TryGetValue(out string? s) => [s],
            _ => [],
        };

    [GeneratedRegex(@"(\$root\.)?labels(\.[A-Za-z]+)+")]
    private static partial Regex LabelPath();
}
