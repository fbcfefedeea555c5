using ComplaintBot.Bot.State;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Dialogs.Engine.State;
using ComplaintBot.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.State;

/// <summary>The typed state's own accessors behave as the SDK's accessors do over the same stored state.</summary>
public sealed class TypedStatePropertyAccessorTests
{
    private const string Stored = """{"Draft":{"Item":"水壶","Amount":129.5,"Files":["a.jpg"]},"Count":7,"Nothing":null,"Flag":true,"List":[1,2]}""";

    [Fact]
    public async Task Get_EveryKindOfStoredValue_GivesWhatTheSdkAccessorGives()
    {
        var (typed, typedTurn) = await LoadTypedAsync();
        var (sdk, sdkTurn) = await LoadSdkAsync();

        await AssertSameAsync<DraftSample>("Draft", null);
        await AssertSameAsync<int>("Count", null);
        await AssertSameAsync<long>("Count", () => 1);
        await AssertSameAsync<DraftSample>("Nothing", null);
        await AssertSameAsync<DraftSample>("Nothing", () => new DraftSample { Item = "默认" });
        await AssertSameAsync<bool>("Flag", () => false);
        await AssertSameAsync<List<int>>("List", null);
        await AssertSameAsync<DraftSample>("Missing", null);
        await AssertSameAsync<DraftSample>("MissingWithDefault", () => new DraftSample { Item = "新" });
        await AssertSameAsync<bool>("MissingFlag", null);
        await AssertSameAsync<bool>("MissingFlagWithDefault", () => true);

        // Defaults were stored by both; nothing else was.
        Assert.Equal(Shape(sdk.GetCachedState(sdkTurn).State), Shape(typed.Store.Loaded(typedTurn)!));

        async Task AssertSameAsync<T>(string name, Func<T>? factory)
        {
            var expected = await sdk.CreateProperty<T>(name).GetAsync(sdkTurn, factory);
            var actual = await typed.CreateAccessor<T>(name).GetAsync(typedTurn, factory);
            Assert.Equal(JsonConvert.SerializeObject(expected), JsonConvert.SerializeObject(actual));
        }
    }

    [Fact]
    public async Task SetAndDelete_ChangeTheStateAsTheSdkAccessorDoes_AndTouchIt()
    {
        var (typed, typedTurn) = await LoadTypedAsync();
        var (sdk, sdkTurn) = await LoadSdkAsync();

        foreach (var (state, turn) in new (BotState, ITurnContext)[] { (typed, typedTurn), (sdk, sdkTurn) })
        {
            await state.CreateAccessor<string>("Note").SetAsync(turn, "记下");
            await state.CreateAccessor<DraftSample>("Draft").DeleteAsync(turn);
            await state.CreateAccessor<int>("Absent").DeleteAsync(turn);
        }

        Assert.Equal(Shape(sdk.GetCachedState(sdkTurn).State), Shape(typed.Store.Loaded(typedTurn)!));
        await typed.SaveChangesAsync(typedTurn, force: false);
        var again = StateTurns.New();
        await typed.LoadAsync(again, force: true);
        Assert.Equal("记下", typed.Store.Loaded(again)!["Note"]);
    }

    [Fact]
    public async Task Accessors_OfTheTypedState_AreItsOwn_WhicheverWayTheyAreAskedFor()
    {
        var (typed, _) = await LoadTypedAsync();

        Assert.IsType<TypedStatePropertyAccessor<int>>(typed.CreateProperty<int>("Count"));
        Assert.IsType<TypedStatePropertyAccessor<int>>(((BotState)typed).CreateAccessor<int>("Count"));
        Assert.IsType<TypedStatePropertyAccessor<int>>(((IPropertyManager)typed).CreateProperty<int>("Count"));
    }

    private static async Task<(TypedConversationState State, ITurnContext Turn)> LoadTypedAsync()
    {
        var storage = new JsonMemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { [StateTurns.ConversationKey] = JObject.Parse(Stored) }, CancellationToken.None);
        var state = new TypedConversationState(new ConcurrencyCheckedStorage(storage), NullLogger<TypedStateStore>.Instance);
        var turn = StateTurns.New();
        await state.LoadAsync(turn, force: true);
        return (state, turn);
    }

    private static async Task<(ConversationState State, ITurnContext Turn)> LoadSdkAsync()
    {
        var storage = new MemoryStorage();
        await storage.WriteAsync(new Dictionary<string, object> { [StateTurns.ConversationKey] = JObject.Parse(Stored) }, CancellationToken.None);
        var state = new ConversationState(storage);
        var turn = StateTurns.New();
        await state.LoadAsync(turn, force: true);
        return (state, turn);
    }

    private static string Shape<TValue>(IEnumerable<KeyValuePair<string, TValue>> state) =>
        JsonConvert.SerializeObject(state.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));
}
