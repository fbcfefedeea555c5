using System.Text.Json.Nodes;
using ComplaintBot.Cards.Input;

namespace ComplaintBot.Cards.Tests.Input;

public sealed class CardDataTests
{
    [Theory]
    [InlineData("""{ "a": "x\ud800y" }""", "x\uFFFDy")]
    [InlineData("""{ "a": "\udc00 then \ud83d\ude00" }""", "\uFFFD then 😀")]
    [InlineData("""{ "a": "esc \" \\ \/ \b\f\n\r\t \u4e2d \ud800" }""", "esc \" \\ / \n\r\t 中 \uFFFD")]
    public void Copy_ParsedJsonWithEscapedLoneSurrogate_ReadsAndCleansString(string json, string expected)
    {
        var copy = CardData.Copy(JsonNode.Parse(json));

        Assert.Equal(expected, copy!["a"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1", typeof(long))]
    [InlineData("-7", typeof(long))]
    [InlineData("129.5", typeof(double))]
    [InlineData("1e3", typeof(double))]
    [InlineData("12345678901234567890", typeof(double))]
    public void Copy_Number_BecomesLongOrDouble(string number, Type expected)
    {
        var copy = CardData.Copy(JsonNode.Parse($$"""{ "n": {{number}} }"""))!["n"]!.AsValue();

        var isLong = copy.TryGetValue(out long _);

        Assert.Equal(expected == typeof(long), isLong);
        Assert.True(isLong || copy.TryGetValue(out double _));
    }

    [Fact]
    public void Copy_ClrValues_AreConverted()
    {
        var source = new JsonObject
        {
            ["decimal"] = 129.90m,
            ["date"] = JsonValue.Create(new DateOnly(2026, 11, 18)),
            ["flag"] = true,
            ["text"] = "a\u0001b",
            ["nothing"] = null,
        };

        var copy = (JsonObject)CardData.Copy(source)!;

        Assert.Equal("""{"decimal":129.9,"date":"2026-11-18","flag":true,"text":"ab","nothing":null}""", copy.ToJsonString());
    }

    [Fact]
    public void Copy_Document_LeavesSourceUntouched()
    {
        var source = new JsonObject { ["text"] = "a\u0001b", ["list"] = new JsonArray("x") };

        var copy = (JsonObject)CardData.Copy(source)!;
        copy["list"]!.AsArray().Add("y");

        Assert.Equal("a\u0001b", source["text"]!.GetValue<string>());
        Assert.Single(source["list"]!.AsArray());
    }
}
