using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Input;
using ComplaintBot.Cards.Templating.Expressions;
using ComplaintBot.Cards.Tests.Support;

namespace ComplaintBot.Cards.Tests.Input;

/// <summary>Copying a parsed element gives the tree that copying the node parsed from the same text gives.</summary>
public sealed class CardDataElementTests
{
    public static TheoryData<string> Documents => new()
    {
        """{ "a": "x\ud800y", "b": "\udc00 then \ud83d\ude00", "c": "esc \" \\ \/ \b\f\n\r\t \u4e2d", "d\u0001": "ctrl\u0007" }""",
        """{ "n": [0, -0, 1, -7, 129.0, 129.5, 445.81, 1e3, 1E+20, 1e-7, 9223372036854775807, 9223372036854775808, 12345678901234567890] }""",
        """{ "t": true, "f": false, "z": null, "e": {}, "l": [], "deep": { "a": [ { "b": [ null, "x" ] } ] } }""",
        """[ "not an object", 1 ]""",
        "\"text\"",
        "12.5",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Copy_Element_IsTheCopyOfTheParsedNode(string json)
    {
        using var document = JsonDocument.Parse(json);

        AssertSameTree(CardData.Copy(JsonNode.Parse(json)), CardData.Copy(document.RootElement));
    }

    [Theory]
    [InlineData("complaint.full.zh-CN.json")]
    [InlineData("complaint.en-US.json")]
    [InlineData("complaint.minimal.json")]
    public void Copy_SampleDocumentsPlainAndHostile_AreTheCopiesOfTheParsedNodes(string file)
    {
        foreach (var json in new[] { Samples.Load(file).ToJsonString(), HostileText.Infect(Samples.Load(file)).ToJsonString() })
        {
            using var document = JsonDocument.Parse(json);

            AssertSameTree(CardData.Copy(JsonNode.Parse(json)), CardData.Copy(document.RootElement));
        }
    }

    [Fact]
    public void Copy_NumberBeyondDouble_IsInfinityBothWays()
    {
        using var document = JsonDocument.Parse("[1e400, -1e400]");

        var fromNode = CardData.Copy(JsonNode.Parse("[1e400, -1e400]"))!.AsArray();
        var fromElement = CardData.Copy(document.RootElement)!.AsArray();

        Assert.Equal(double.PositiveInfinity, fromNode[0]!.GetValue<double>());
        Assert.Equal(double.PositiveInfinity, fromElement[0]!.GetValue<double>());
        Assert.Equal(double.NegativeInfinity, fromElement[1]!.GetValue<double>());
    }

    [Fact]
    public void Copy_RepeatedName_KeepsTheLastValue()
    {
        using var document = JsonDocument.Parse("""{ "a": 1, "a\u0001": 2, "a": 3 }""");

        Assert.Equal("""{"a":3}""", CardData.Copy(document.RootElement)!.ToJsonString());
    }

    [Fact]
    public void SummaryObject_ElementOfTheSampleDocuments_IsTheCardOfTheParsedText()
    {
        var cards = new ComplaintCards();
        foreach (var source in new[] { Samples.FullChinese, Samples.English, Samples.Minimal, Samples.WithEvidence(Samples.FullChinese, 20), HostileText.Infect(Samples.English) })
        {
            var json = source.ToJsonString();
            using var document = JsonDocument.Parse(json);

            Assert.Equal(cards.Summary(json), cards.SummaryObject(document.RootElement).ToJsonString(JsonValues.WriteOptions));
        }
    }

    [Fact]
    public void SummaryObject_ElementThatIsNotAnObject_ThrowsArgumentException()
    {
        using var document = JsonDocument.Parse("[]");

        Assert.Throws<ArgumentException>(() => new ComplaintCards().SummaryObject(document.RootElement));
    }

    /// <summary>Same JSON and, value by value, the same CLR type (long stays long, double stays double).</summary>
    private static void AssertSameTree(JsonNode? expected, JsonNode? actual)
    {
        Assert.Equal(expected?.ToJsonString() ?? "null", actual?.ToJsonString() ?? "null");
        Assert.Equal(Kinds(expected), Kinds(actual));
    }

    private static List<string> Kinds(JsonNode? node) =>
        node switch
        {
            null => ["null"],
            JsonObject obj => [.. obj.SelectMany(p => Kinds(p.Value).Prepend(p.Key))],
            JsonArray array => [.. array.SelectMany(Kinds).Prepend("[")],
            JsonValue value when value.TryGetValue(out long _) => ["long"],
            JsonValue value when value.TryGetValue(out double _) => ["double"],
            JsonValue value when value.TryGetValue(out string? _) => ["string"],
            JsonValue value when value.TryGetValue(out bool _) => ["bool"],
            _ => ["other " + node.GetType().Name],
        };
}
