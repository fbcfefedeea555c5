using ComplaintBot.Bot.State;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage;
using ComplaintBot.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.State;

/// <summary>
/// The typed state does what the SDK's <see cref="ConversationState"/> does: the same script of accessor calls
/// against each returns the same values and leaves the same stored JSON.
/// </summary>
public sealed class TypedStateParityTests
{
    [Fact]
    public async Task AccessorScript_TwoTurns_SameValuesAndSameStoredJsonAsTheSdk()
    {
        var (sdk, sdkStore) = Sdk();
        var (typed, typedStore) = Typed();

        var sdkSeen = await TwoTurnScriptAsync(sdk);
        var typedSeen = await TwoTurnScriptAsync(typed);

        Assert.Equal(sdkSeen, typedSeen);
        Assert.True(JToken.DeepEquals(await StoredAsync(sdkStore), await StoredAsync(typedStore)), $"{await StoredAsync(sdkStore)}\n{await StoredAsync(typedStore)}");
    }

    [Fact]
    public async Task MissingValues_WithAndWithoutDefaults_SameOutcomesAsTheSdk()
    {
        Assert.Equal(await MissingValuesAsync(Sdk().State), await MissingValuesAsync(Typed().State));
    }

    private static (ConversationState State, JsonMemoryStorage Store) Sdk()
    {
        var store = new JsonMemoryStorage();
        return (new ConversationState(new ConcurrencyCheckedStorage(store)), store);
    }

    private static (ConversationState State, JsonMemoryStorage Store) Typed()
    {
        var store = new JsonMemoryStorage();
        return (new TypedConversationState(new ConcurrencyCheckedStorage(store), NullLogger<TypedStateStore>.Instance), store);
    }

    private static async Task<JToken> StoredAsync(JsonMemoryStorage store)
    {
        var json = JObject.Parse((await store.ReadJsonAsync(StateTurns.ConversationKey))!.Json);
        return json;
    }

    /// <summary>What a dialog does over two turns; returns everything it saw.</summary>
    private static async Task<List<string>> TwoTurnScriptAsync(ConversationState state)
    {
        var seen = new List<string>();
        var draft = state.CreateProperty<DraftSample>("Draft");
        var greeted = state.CreateProperty<bool>("Greeted");
        var count = state.CreateProperty<int>("Count");
        var note = state.CreateProperty<string>("Note");

        var first = StateTurns.New();
        await state.LoadAsync(first, force: true);
        var created = await draft.GetAsync(first, () => new DraftSample());
        created.Item = "电热水壶";
        created.Amount = 129.5m;
        created.Files.Add("漏水.jpg");
        created.Since = new DateTimeOffset(2026, 11, 3, 9, 30, 0, TimeSpan.FromHours(8));
        await draft.SetAsync(first, created);
        seen.Add($"greeted {await greeted.GetAsync(first, () => false)}");
        await greeted.SetAsync(first, true);
        await count.SetAsync(first, 5);
        await note.SetAsync(first, "quote \" and 好");
        await state.SaveChangesAsync(first, force: false);

        var second = StateTurns.New();
        await state.LoadAsync(second, force: true);
        var again = await draft.GetAsync(second);
        seen.Add($"draft {again.Item} {again.Amount} {string.Join("|", again.Files)} {again.Since:O}");
        seen.Add($"greeted {await greeted.GetAsync(second)} count {await count.GetAsync(second)} note {await note.GetAsync(second)}");
        again.Files.Add("聊天.png");
        await draft.SetAsync(second, again);
        await count.DeleteAsync(second);
        seen.Add($"count after delete {await count.GetAsync(second, () => -1)}");
        await state.SaveChangesAsync(second, force: false);
        return seen;
    }

    private static async Task<List<string>> MissingValuesAsync(ConversationState state)
    {
        var seen = new List<string>();
        var turn = StateTurns.New();
        await state.LoadAsync(turn, force: true);
        seen.Add($"ref without default: {await state.CreateProperty<DraftSample>("a").GetAsync(turn) is null}");
        seen.Add($"ref with default: {(await state.CreateProperty<DraftSample>("b").GetAsync(turn, () => new DraftSample { Item = "x" })).Item}");
        seen.Add($"value with default: {await state.CreateProperty<int>("c").GetAsync(turn, () => 7)}");
        seen.Add($"default kept: {await state.CreateProperty<int>("c").GetAsync(turn)}");
        try
        {
            await state.CreateProperty<int>("d").GetAsync(turn);
            seen.Add("value without default: returned");
        }
        catch (Exception ex)
        {
            seen.Add($"value without default: {ex.GetType().Name}");
        }

        return seen;
    }
}
