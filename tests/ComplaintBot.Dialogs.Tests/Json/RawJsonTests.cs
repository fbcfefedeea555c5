using System.Text;
using System.Text.Json.Nodes;
using ComplaintBot.Cards;
using ComplaintBot.Cards.Tests.Support;
using ComplaintBot.Dialogs.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Tests.Json;

public sealed class RawJsonTests
{
    [Fact]
    public void Of_ACardsText_IsThatTextEscapedOnlyAsJsonRequires_WrittenVerbatim()
    {
        var node = new JsonObject { ["shop"] = "暖禾家电<旗舰店> & \"引号\"", ["amount"] = 445.81m, ["whole"] = 129.0, ["list"] = new JsonArray(1, null, true) };

        var raw = RawJson.Of(ComplaintCards.ToText(node));

        var text = Assert.IsType<string>(raw.Value);
        Assert.Equal("""{"shop":"暖禾家电<旗舰店> & \"引号\"","amount":445.81,"whole":129,"list":[1,null,true]}""", text);
        Assert.Equal(text, JsonConvert.SerializeObject(new JObject { ["x"] = raw })[5..^1]);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Of_HostileText_IsValidJsonThatReadsBackAsAString(string hostile)
    {
        var raw = RawJson.Of(ComplaintCards.ToText(new JsonObject { [hostile] = hostile }));

        var read = TokenAssert.ParseKeepingDates((string)raw.Value!);

        var property = Assert.Single(((JObject)read).Properties());
        Assert.Equal(JTokenType.String, property.Value.Type);
    }

    [Fact]
    public void Of_Utf8_IsThatTextVerbatim()
    {
        var json = """{"createdAt":"2026-11-27T09:54:00+08:00","value":445.81,"name":"漏水照片.jpg"}""";

        var raw = RawJson.Of(Encoding.UTF8.GetBytes(json));

        Assert.Equal(json, raw.Value);
        Assert.Equal("2026-11-27T09:54:00+08:00", (string?)((JObject)TokenAssert.ParseKeepingDates(JsonConvert.SerializeObject(raw)))["createdAt"]);
    }

    public static TheoryData<string> HostileTexts() => new(HostileText.All);
}
