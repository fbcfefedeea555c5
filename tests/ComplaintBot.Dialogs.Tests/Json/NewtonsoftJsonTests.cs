using System.Globalization;
using System.Numerics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Tests.Support;
using ComplaintBot.Dialogs.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Tests.Json;

public sealed class NewtonsoftJsonTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static TheoryData<string> NumberTexts => new()
    {
        "0", "-0", "1", "-1", "129", "129.0", "129.00", "445.81", "-445.81", "0.30000000000000004", "1e2", "1E+2", "1.5e-7", "1E-07",
        "9223372036854775807", "-9223372036854775808", "9223372036854775808", "12345678901234567890", "-12345678901234567890123",
        "1.7976931348623157E+308", "5E-324", "1e400", "-1e400", "100000000000000000000", "0.1",
    };

    [Theory]
    [MemberData(nameof(NumberTexts))]
    public void ParsedNumber_IsWhatNewtonsoftReadsFromTheSameText(string number)
    {
        var json = $$"""{"n":{{number}},"a":[{{number}}]}""";

        TokenAssert.Same(JObject.Parse(json), NewtonsoftJson.From(JsonNode.Parse(json)!));
        using var document = JsonDocument.Parse(json);
        TokenAssert.Same(JObject.Parse(json), NewtonsoftJson.From(document.RootElement));
    }

    public static TheoryData<string, JsonNode> ClrNumbers => new()
    {
        { "long", 129L }, { "int", 129 }, { "short", (short)-3 }, { "ulong max", ulong.MaxValue }, { "double 129.0", 129.0 },
        { "double 445.81", 445.81 }, { "double -0", -0.0 }, { "double 1e15", 1e15 }, { "double 1e16", 1e16 }, { "double 1e17", 1e17 },
        { "double 1e20", 1e20 }, { "double 1e-7", 1e-7 }, { "double max", double.MaxValue }, { "double epsilon", double.Epsilon },
        { "double 0.1+0.2", 0.1 + 0.2 }, { "float 7.5", 7.5f }, { "float 0.1", 0.1f }, { "decimal 445.81", 445.81m },
        { "decimal 2796.00", 2796.00m }, { "decimal 3", 3m }, { "decimal max", decimal.MaxValue },
    };

    [Theory]
    [MemberData(nameof(ClrNumbers))]
    public void ClrNumber_IsWhatNewtonsoftReadsFromItsSystemTextJsonText(string name, JsonNode number)
    {
        var node = new JsonObject { ["n"] = number };

        TokenAssert.Same(JObject.Parse(node.ToJsonString()), NewtonsoftJson.From(node));
        Assert.NotNull(name);
    }

    [Fact]
    public void RandomDoubles_AreWhatNewtonsoftReadsFromTheirSystemTextJsonText()
    {
        var random = new Random(445_81);
        var bytes = new byte[8];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(bytes);
            var value = i % 2 == 0 ? BitConverter.ToDouble(bytes) : Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-3, 20)), random.Next(0, 5));
            if (!double.IsFinite(value))
            {
                continue;
            }

            var node = new JsonArray(value);
            var expected = JArray.Parse(node.ToJsonString());
            var actual = NewtonsoftJson.From(node);
            Assert.True(JToken.DeepEquals(expected, actual) && expected.ToString() == actual.ToString() && expected[0].Type == actual[0]!.Type, value.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void NonFiniteDouble_ThrowsAsSystemTextJsonWould()
    {
        var node = new JsonArray(double.NaN);

        Assert.Throws<ArgumentException>(() => node.ToJsonString());
        Assert.Throws<ArgumentException>(() => NewtonsoftJson.From(node));
    }

    [Fact]
    public void Decimal_ComesBackAsTheDoubleNewtonsoftReads_NotTheDecimal()
    {
        var converted = (JValue)NewtonsoftJson.From(JsonValue.Create(445.81m));

        Assert.Equal(JTokenType.Float, converted.Type);
        Assert.Equal(445.81, converted.Value);
    }

    [Fact]
    public void HugeInteger_ComesBackAsBigInteger()
    {
        var converted = (JValue)NewtonsoftJson.From(JsonNode.Parse("12345678901234567890")!);

        Assert.Equal(BigInteger.Parse("12345678901234567890", CultureInfo.InvariantCulture), converted.Value);
    }

    // By position: xunit would print lone surrogates in theory data as U+FFFD and test something else.
    private static readonly string[] AllTexts =
    [
        .. HostileText.All, "", "2026-11-27T10:15:00+08:00", "2026-11-27", "\u2028\u2029", "</script>", "e\u0301",
        "\uD83D", "\uDE00x", "\uDE00\uD83D", "ok \uD83D\uDE00 \uD83D", "\uFFFD",
    ];

    public static TheoryData<int> Texts => new(Enumerable.Range(0, AllTexts.Length));

    [Theory]
    [MemberData(nameof(Texts))]
    public void String_IsWhatNewtonsoftReadsFromItsSystemTextJsonText(int index)
    {
        var text = AllTexts[index];
        var node = new JsonObject { [text] = text, ["list"] = new JsonArray(text) };

        TokenAssert.Same(TokenAssert.ParseKeepingDates(node.ToJsonString(Relaxed)), NewtonsoftJson.From(node));
        TokenAssert.Same(TokenAssert.ParseKeepingDates(node.ToJsonString()), NewtonsoftJson.From(node));
    }

    [Fact]
    public void LoneSurrogate_IsReplacedAsSystemTextJsonWritesIt()
    {
        var converted = NewtonsoftJson.From(new JsonObject { ["k\uD800"] = "a\uDC00b\uD83D\uDE00" });

        Assert.Equal("a\uFFFDb\uD83D\uDE00", (string?)converted["k\uFFFD"]);
    }

    [Theory]
    [InlineData("""{"a":"x\ud800y"}""")]
    [InlineData("""{"a":"\ud83d\ude00 \u4e2d \" \\ \/ \b\f\n\r\t"}""")]
    [InlineData("""{"a":{"b":["\udc00"]}}""")]
    public void ParsedStringWithEscapes_IsWhatNewtonsoftReads(string json)
    {
        TokenAssert.Same(TokenAssert.ParseKeepingDates(json), NewtonsoftJson.From(JsonNode.Parse(json)!));
        using var document = JsonDocument.Parse(json);
        TokenAssert.Same(TokenAssert.ParseKeepingDates(json), NewtonsoftJson.From(document.RootElement));
    }

    [Fact]
    public void ParsedNameWithLoneSurrogate_ElementIsReadByNewtonsoft_NodeThrowsAsPrintingItWould()
    {
        const string Json = """{"ok":1,"x":{"a\udc00":"v"}}""";
        using var document = JsonDocument.Parse(Json);

        TokenAssert.Same(TokenAssert.ParseKeepingDates(Json), NewtonsoftJson.From(document.RootElement));
        Assert.Throws<InvalidOperationException>(() => JsonNode.Parse(Json)!.ToJsonString());
        Assert.Throws<InvalidOperationException>(() => NewtonsoftJson.From(JsonNode.Parse(Json)!));
    }

    [Fact]
    public void DateTimeText_StaysAString()
    {
        var converted = NewtonsoftJson.From(new JsonObject { ["createdAt"] = "2026-11-27T10:15:00+08:00" });

        Assert.Equal(JTokenType.Date, JObject.Parse("""{"createdAt":"2026-11-27T10:15:00+08:00"}""")["createdAt"]!.Type);
        Assert.Equal(JTokenType.String, converted["createdAt"]!.Type);
        Assert.Equal("2026-11-27T10:15:00+08:00", (string?)converted["createdAt"]);
    }

    [Fact]
    public void ClrValuesThatPrintAsStrings_AreTheirText()
    {
        var node = new JsonObject
        {
            ["date"] = JsonValue.Create(new DateOnly(2026, 11, 18)),
            ["time"] = JsonValue.Create(new DateTimeOffset(2026, 11, 27, 10, 15, 0, TimeSpan.FromHours(8))),
            ["char"] = JsonValue.Create('x'),
            ["guid"] = JsonValue.Create(Guid.Empty),
        };

        TokenAssert.Same(TokenAssert.ParseKeepingDates(node.ToJsonString()), NewtonsoftJson.From(node));
    }

    [Theory]
    [InlineData("complaint.full.zh-CN.json")]
    [InlineData("complaint.en-US.json")]
    [InlineData("complaint.minimal.json")]
    public void Document_FromNodeOrElement_IsWhatNewtonsoftReadsWithDatesAsText(string file)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", file));
        using var document = JsonDocument.Parse(json);

        TokenAssert.Same(TokenAssert.ParseKeepingDates(json), NewtonsoftJson.From(JsonNode.Parse(json)!));
        TokenAssert.Same(TokenAssert.ParseKeepingDates(json), NewtonsoftJson.From(document.RootElement));
    }

    [Fact]
    public void Node_IsReadNotChangedOrAdopted()
    {
        var node = HostileText.Infect(Samples.FullChinese);
        var before = node.ToJsonString();

        var converted = (JObject)NewtonsoftJson.From(node);
        converted.RemoveAll();

        Assert.Equal(before, node.ToJsonString());
        Assert.Null(node.Parent);
    }

    [Fact]
    public void Null_IsJsonNull()
    {
        Assert.Equal(JTokenType.Null, NewtonsoftJson.From((JsonNode?)null).Type);
        TokenAssert.Same(JArray.Parse("[null,1,null]"), NewtonsoftJson.From(new JsonArray(null, 1, null)));
    }
}
