using ComplaintBot.Storage;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests;

public sealed class PlainAttachmentContentResolverTests
{
    private static readonly JsonSerializerSettings Sdk = new() { NullValueHandling = NullValueHandling.Ignore };
    private static readonly JsonSerializerSettings Plain = new() { NullValueHandling = NullValueHandling.Ignore, ContractResolver = PlainAttachmentContentResolver.Instance };

    [Fact]
    public void Activity_WithACard_SerializesToTheSameJsonAsWithTheSdksConverter()
    {
        var activity = CardActivity();

        var withConverter = JToken.Parse(JsonConvert.SerializeObject(activity, Sdk));
        var plain = JToken.Parse(JsonConvert.SerializeObject(activity, Plain));

        Assert.True(JToken.DeepEquals(withConverter, plain), plain.ToString());
    }

    [Fact]
    public void Activity_WithACard_ReadsBackTheSameCard()
    {
        var json = JsonConvert.SerializeObject(CardActivity(), Plain);

        var read = JsonConvert.DeserializeObject<Activity>(json, Plain)!;

        var content = Assert.IsType<JObject>(read.Attachments[0].Content);
        Assert.True(JToken.DeepEquals(Card(), content));
        Assert.Equal("application/vnd.microsoft.card.adaptive", read.Attachments[0].ContentType);
    }

    [Fact]
    public void StreamContent_StillGoesThroughTheSdksConverter_BothWays()
    {
        var attachment = new Attachment { ContentType = "application/octet-stream", Content = new MemoryStream([1, 2, 3]) };

        var json = JsonConvert.SerializeObject(attachment, Plain);
        var read = JsonConvert.DeserializeObject<Attachment>(json, Plain)!;

        Assert.Equal(JsonConvert.SerializeObject(attachment, Sdk), json);
        Assert.Equal([1, 2, 3], Assert.IsType<MemoryStream>(read.Content).ToArray());
    }

    [Fact]
    public void JsonContent_IsWrittenWithoutTheConvertersWalkAndCopy()
    {
        // The SDK's converter walks the card by reflection and copies it into a new tree before writing it; written
        // as it is, a card costs little more than its text. Allocations tell the two apart without timing anything.
        var attachment = new Attachment { ContentType = "application/json", Content = BigCard() };
        var sdk = JsonSerializer.Create(Sdk);
        var plain = JsonSerializer.Create(Plain);
        _ = Allocated(sdk, attachment);
        _ = Allocated(plain, attachment);

        var withConverter = Allocated(sdk, attachment);
        var asItIs = Allocated(plain, attachment);

        Assert.True(asItIs * 2 < withConverter, $"{asItIs} bytes as it is, {withConverter} through the converter");
    }

    [Fact]
    public void StorageJson_UsesTheResolver()
    {
        // Its own resolver, which adds plain data to what this one does, and falls back to this one.
        Assert.Same(ComplaintBot.Storage.Json.StorageContractResolver.Instance, StorageJson.Settings.ContractResolver);
        Assert.IsAssignableFrom<PlainAttachmentContentResolver>(StorageJson.Settings.ContractResolver);
        Assert.Same(PlainAttachmentContentResolver.EnumsAsNames, ComplaintBot.Storage.Json.StorageContractResolver.Instance.NewtonsoftOnly.ContractResolver);
    }

    private static JObject Card() => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JArray(new JObject { ["type"] = "TextBlock", ["text"] = "漏水照片.jpg", ["wrap"] = true }),
        ["actions"] = new JArray(new JObject { ["type"] = "Action.Submit", ["title"] = "确认", ["data"] = new JObject { ["action"] = "confirm", ["n"] = 1 } }),
    };

    private static Activity CardActivity() => new()
    {
        Type = ActivityTypes.Message,
        Text = "请确认",
        Timestamp = new DateTimeOffset(2026, 11, 27, 8, 30, 0, TimeSpan.FromHours(8)),
        Attachments = [new Attachment { ContentType = "application/vnd.microsoft.card.adaptive", Content = Card() }],
    };

    private static long Allocated(JsonSerializer serializer, Attachment attachment)
    {
        using var text = new StringWriter();
        var before = GC.GetAllocatedBytesForCurrentThread();
        serializer.Serialize(text, attachment);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static JObject BigCard() => new()
    {
        ["type"] = "AdaptiveCard",
        ["body"] = new JArray(Enumerable.Range(0, 200).Select(i => new JObject { ["type"] = "TextBlock", ["text"] = "证据 " + i, ["wrap"] = true })),
    };
}
