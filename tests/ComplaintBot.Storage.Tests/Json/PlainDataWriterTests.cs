using ComplaintBot.Storage.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using static ComplaintBot.Storage.Tests.Json.PlainDataTypesTests;

namespace ComplaintBot.Storage.Tests.Json;

public sealed class PlainDataWriterTests
{
    private static readonly JsonSerializer NewtonsoftOnly = StorageContractResolver.Instance.NewtonsoftOnly;

    private static readonly Line[] NoLines = [];

    public static TheoryData<string, Order> Orders => new()
    {
        { "empty", new Order() },
        {
            "full",
            new Order
            {
                Id = "C20261127-8121ab7d",
                Paid = true,
                Day = new DateOnly(2026, 11, 11),
                At = new DateTimeOffset(2026, 11, 27, 18, 54, 10, 547, TimeSpan.FromHours(8)).AddTicks(4085),
                Lines =
                [
                    new Line("运动鞋 \"李宁\" <官方>\n第二行\t&'+\\ \u0001 😀", 2, null, 445.81m, Colour.Green, null),
                    new Line("kettle", 1, 1_200, 223m, Colour.Red, Colour.Green),
                    new Line("scaled", 0, long.MaxValue, 223.0m, (Colour)7, (Colour)9),
                ],
                Notes = ["a", string.Empty],
                Extra = [],
            }
        },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Serialize_PlainData_ReadsBackAsNewtonsoftsOwnTextDoes(string shape, Order order)
    {
        var state = new Dictionary<string, object> { ["Order"] = order, ["Locale"] = "zh-CN" };

        var json = StorageJson.Serialize(state);
        var own = Write(state);

        Assert.True(SameJson(Parse(own), Parse(json)), shape + ": " + json + " vs " + own);
        AssertSameOrder(order, Read(own));
        AssertSameOrder(order, Read(json));
    }

    [Fact]
    public void Serialize_PlainData_WrittenBySystemTextJson()
    {
        // Newtonsoft writes a whole decimal with ".0"; System.Text.Json writes it as it is.
        var json = StorageJson.Serialize(new Dictionary<string, object> { ["Line"] = new Line("x", 1, null, 223m, Colour.Red, null) });

        Assert.Contains("\"Price\":223,", json, StringComparison.Ordinal);
        Assert.Contains("\"Price\":223.0,", Write(new Dictionary<string, object> { ["Line"] = new Line("x", 1, null, 223m, Colour.Red, null) }), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_LoneSurrogate_ReadsBackAsNewtonsoftsTextDoesOnceStoredAsUtf8()
    {
        var order = new Order { Id = "broken \ud800 surrogate", Notes = ["\udc00"] };
        var state = new Dictionary<string, object> { ["Order"] = order };

        var json = StorageJson.Serialize(state);
        var stored = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(Write(state)));

        AssertSameOrder(Read(stored), Read(json));
        Assert.Equal("broken \ufffd surrogate", Read(json).Id);
    }

    [Fact]
    public void Serialize_ETagInsidePlainData_OnlyTheTopLevelOneGoes()
    {
        var json = StorageJson.Serialize(new Dictionary<string, object> { ["eTag"] = "stale", ["Order"] = new Order { Id = "\"eTag\"" } });

        var parsed = JObject.Parse(json);
        Assert.Null(parsed["eTag"]);
        Assert.Equal("\"eTag\"", parsed["Order"]!["Id"]!.Value<string>());
    }

    private static JObject Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    // As the state reader reads it: the text as it is, into the property's type.
    private static Order Read(string json) =>
        JsonConvert.DeserializeObject<Order>(Parse(json)["Order"]!.ToString(Formatting.None), StorageJson.Settings)!;

    private static string Write(object value)
    {
        using var text = new StringWriter();
        NewtonsoftOnly.Serialize(text, value);
        return text.ToString();
    }

    // Equal as JSON values: numbers by their decimal value, whichever way each library spells them.
    private static bool SameJson(JToken a, JToken b) => (a, b) switch
    {
        (JValue x, JValue y) when x.Type is JTokenType.Integer or JTokenType.Float && y.Type is JTokenType.Integer or JTokenType.Float =>
            x.ToObject<decimal>() == y.ToObject<decimal>(),
        (JObject x, JObject y) => x.Count == y.Count && x.Properties().All(p => y[p.Name] is { } other && SameJson(p.Value, other)),
        (JArray x, JArray y) => x.Count == y.Count && x.Zip(y).All(pair => SameJson(pair.First, pair.Second)),
        _ => JToken.DeepEquals(a, b),
    };

    private static void AssertSameOrder(Order expected, Order actual)
    {
        Assert.Equal(expected with { Lines = NoLines, Notes = null!, Extra = null }, actual with { Lines = NoLines, Notes = null!, Extra = null });
        Assert.Equal(expected.At.Offset, actual.At.Offset);
        Assert.Equal(expected.Lines, actual.Lines);
        Assert.Equal(expected.Notes, actual.Notes);
        Assert.Equal(expected.Extra, actual.Extra);
    }
}
