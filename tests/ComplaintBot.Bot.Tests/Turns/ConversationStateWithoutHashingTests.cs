using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ComplaintBot.Bot.Tests.Turns;

public sealed class ConversationStateWithoutHashingTests
{
    [Fact]
    public async Task ForcedSave_SerializesTheStateOnce_TheStoragesOwnWrite()
    {
        var counter = new SerializationCounter();
        var state = new ConversationStateWithoutHashing(new JsonMemoryStorage());
        var context = NewContext();
        await state.LoadAsync(context);
        await state.CreateProperty<Counted>("counted").SetAsync(context, new Counted(counter));

        await state.SaveChangesAsync(context, force: true);

        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task ForcedSave_WritesWhatTheTurnSet_AndTheNextTurnReadsIt()
    {
        var storage = new JsonMemoryStorage();
        var state = new ConversationStateWithoutHashing(storage);
        var first = NewContext();
        await state.LoadAsync(first);
        await state.CreateProperty<string>("answer").SetAsync(first, "漏水");

        await state.SaveChangesAsync(first, force: true);

        var next = NewContext();
        await state.LoadAsync(next, force: true);
        Assert.Equal("漏水", await state.CreateProperty<string>("answer").GetAsync(next, () => "missing"));
    }

    [Fact]
    public async Task UnforcedSave_OfUnchangedState_WritesNothing()
    {
        var storage = new JsonMemoryStorage();
        var seeded = new ConversationStateWithoutHashing(storage);
        var first = NewContext();
        await seeded.LoadAsync(first);
        await seeded.CreateProperty<string>("answer").SetAsync(first, "漏水");
        await seeded.SaveChangesAsync(first, force: true);
        var stored = await storage.ReadAsync([Key]);

        var next = NewContext();
        await seeded.LoadAsync(next, force: true);
        await seeded.SaveChangesAsync(next, force: false);

        var after = await storage.ReadAsync([Key]);
        Assert.Equal(ETagOf(stored), ETagOf(after));
    }

    private const string Key = "test/conversations/conv-1";

    private static string? ETagOf(IDictionary<string, object> items) =>
        (items[Key] as IDictionary<string, object>)?["eTag"]?.ToString() ?? (items[Key] as Newtonsoft.Json.Linq.JObject)?["eTag"]?.ToString();

    private static TurnContext NewContext() => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "test",
        Conversation = new ConversationAccount { Id = "conv-1" },
        From = new ChannelAccount { Id = "user-1" },
        Recipient = new ChannelAccount { Id = "bot" },
        Text = "hi",
    });

    /// <summary>Counts how often a value is serialized.</summary>
    public sealed class SerializationCounter
    {
        public int Count { get; set; }
    }

    [JsonConverter(typeof(CountingConverter))]
    public sealed class Counted(SerializationCounter counter)
    {
        public SerializationCounter Counter { get; } = counter;
    }

    private sealed class CountingConverter : JsonConverter<Counted>
    {
        public override void WriteJson(JsonWriter writer, Counted? value, JsonSerializer serializer)
        {
            value!.Counter.Count++;
            writer.WriteValue("counted");
        }

        public override Counted ReadJson(JsonReader reader, Type objectType, Counted? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            new(new SerializationCounter());
    }
}
