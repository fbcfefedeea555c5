using ComplaintBot.Bot.State;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.State;

public sealed class StateDocumentReaderTests
{
    private static readonly Dictionary<string, Type> Types = new() { ["Draft"] = typeof(DraftSample) };

    [Fact]
    public void Read_KnownAndUnknownProperties_TypedWhereKnownJsonOrPlainValuesElsewhere()
    {
        var values = StateDocumentReader.Read(
            """{"Draft":{"Item":"水壶","Amount":129.50,"Since":"2026-11-03T09:30:00+08:00"},"Other":{"a":[1]},"n":3,"b":true,"s":"2026-11-03","z":null}""",
            Types,
            JsonSerializer.CreateDefault());

        var draft = Assert.IsType<DraftSample>(values["Draft"]);
        Assert.Equal(("水壶", 129.50m, TimeSpan.FromHours(8)), (draft.Item, draft.Amount, draft.Since!.Value.Offset));
        Assert.IsType<JObject>(values["Other"]);
        Assert.Equal(3L, values["n"]);
        Assert.Equal(true, values["b"]);

        // A date-like string stays a string, as every stored read leaves it.
        Assert.Equal("2026-11-03", values["s"]);
        Assert.Null(values["z"]);
        Assert.Equal(["Draft", "Other", "n", "b", "s", "z"], values.Keys);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("{\"Draft\":")]
    [InlineData("{\"a\":1")]
    [InlineData("")]
    public void Read_NotACompleteObject_Throws(string json)
    {
        Assert.ThrowsAny<JsonException>(() => StateDocumentReader.Read(json, Types, JsonSerializer.CreateDefault()));
    }

    [Fact]
    public void Read_NestingBeyondTheStorageLimit_Throws()
    {
        var deep = "{\"a\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}";

        Assert.ThrowsAny<JsonException>(() => StateDocumentReader.Read(deep, Types, JsonSerializer.CreateDefault()));
    }
}
