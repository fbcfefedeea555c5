using ComplaintBot.Dialogs.Engine.State;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Engine.Tests.State;

public class DialogValuesTests
{
    [Fact]
    public void Set_NormalizesToJsonShapes()
    {
        var values = new DialogValues { ["int"] = 5, ["object"] = new { a = 1 }, ["date"] = new DateOnly(2026, 11, 11), ["null"] = null };

        Assert.IsType<long>(values["int"]);
        Assert.IsType<JObject>(values["object"]);
        Assert.Equal("2026-11-11", values["date"]);
        Assert.Null(values["null"]);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("\"5\"")]
    [InlineData("5.0")]
    public void GetValue_ReadsNumbersTolerantly(string json)
    {
        var values = JsonConvert.DeserializeObject<DialogValues>($"{{\"n\":{json}}}")!;

        Assert.Equal(5, values.GetValue<int>("n"));
        Assert.Equal(5L, values.GetValue<long>("n"));
        Assert.Equal(5m, values.GetValue<decimal>("n"));
    }

    [Fact]
    public void GetValue_MissingOrUnconvertible_ReturnsDefault()
    {
        var values = new DialogValues { ["text"] = "abc", ["fraction"] = 2.5 };

        Assert.Equal(0, values.GetValue<int>("missing"));
        Assert.Equal(0, values.GetValue<int>("text"));
        Assert.False(values.TryGetValue<int>("fraction", out _));
        Assert.Null(values.GetValue<string>("missing"));
    }

    [Fact]
    public void RoundTrip_ThroughJson_KeepsValues()
    {
        var values = new DialogValues { ["name"] = "张三", ["amount"] = 299.5m, ["flag"] = true };

        var copy = JsonConvert.DeserializeObject<DialogValues>(JsonConvert.SerializeObject(values))!;

        Assert.Equal("张三", copy["name"]);
        Assert.Equal(299.5m, copy.GetValue<decimal>("amount"));
        Assert.True(copy.GetValue<bool>("flag"));
    }
}
