using ComplaintBot.Bot.Adapter;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Adapter;

public sealed class InboundActivityContractResolverTests
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = InboundActivityContractResolver.Instance,
        DateParseHandling = DateParseHandling.None,
        CheckAdditionalContent = true,
    };

    private const string Valid = """
        {"type":"message","id":"m1","channelId":"emulator","serviceUrl":"http://127.0.0.1:9/","locale":"zh-CN","text":"你好",
         "conversation":{"id":"c1"},"from":{"id":"u1"},"recipient":{"id":"bot"},"timestamp":"2026-11-27T10:00:00+08:00",
         "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","body":[]}}]}
        """;

    [Fact]
    public void AValidActivity_IsReadAsTheDefaultResolverReadsIt()
    {
        var strict = JsonConvert.DeserializeObject<Activity>(Valid, Settings)!;
        var plain = JsonConvert.DeserializeObject<Activity>(Valid, new JsonSerializerSettings { DateParseHandling = DateParseHandling.None })!;

        Assert.Equal(JsonConvert.SerializeObject(plain), JsonConvert.SerializeObject(strict));
        Assert.Equal("zh-CN", strict.Locale);
        Assert.IsType<JObject>(strict.Attachments[0].Content);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("id")]
    [InlineData("channelId")]
    [InlineData("serviceUrl")]
    [InlineData("locale")]
    public void ARoutingFieldThatIsNotAString_IsRefusedByName(string field)
    {
        foreach (var value in new JToken[] { 123, true, 1.5 })
        {
            var json = JObject.Parse(Valid);
            json[field] = value;

            var refused = Assert.Throws<MistypedFieldException>(() => JsonConvert.DeserializeObject<Activity>(json.ToString(), Settings));

            Assert.Equal(field, refused.Field);
        }
    }

    [Fact]
    public void ANullRoutingField_IsReadAsNull_AndOtherStringFieldsAreReadAsBefore()
    {
        var json = JObject.Parse(Valid);
        json["locale"] = JValue.CreateNull();
        json["text"] = 42;

        var activity = JsonConvert.DeserializeObject<Activity>(json.ToString(), Settings)!;

        Assert.Null(activity.Locale);
        Assert.Equal("42", activity.Text);
    }

    [Theory]
    [InlineData("""{"type":"message"}{"type":"message"}""")]
    [InlineData("""{"type":"message","conversation":"c1"}""")]
    [InlineData("""{"type":"message","from":[]}""")]
    [InlineData("""[{"type":"message"}]""")]
    public void NotOneActivityObject_IsRefused(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonConvert.DeserializeObject<Activity>(json, Settings));
    }
}
