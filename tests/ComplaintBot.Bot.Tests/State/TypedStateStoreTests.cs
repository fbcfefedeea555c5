using ComplaintBot.Bot.State;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage;
using ComplaintBot.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.State;

public sealed class TypedStateStoreTests
{
    private readonly JsonMemoryStorage _store = new();
    private readonly CountingStorage _counting;
    private readonly TypedConversationState _state;

    public TypedStateStoreTests()
    {
        _counting = new CountingStorage(_store);
        _state = new TypedConversationState(new ConcurrencyCheckedStorage(_counting), NullLogger<TypedStateStore>.Instance);
    }

    [Fact]
    public async Task Load_AfterAPropertyWasSavedOnce_ReadsItStraightIntoItsType()
    {
        await SaveDraftAsync(_state, "水壶");
        var fresh = new TypedConversationState(new ConcurrencyCheckedStorage(_store), NullLogger<TypedStateStore>.Instance);

        var turn = StateTurns.New();
        await _state.LoadAsync(turn, force: true);
        var other = StateTurns.New();
        await fresh.LoadAsync(other, force: true);

        // The store that saved it knows the type; one that never saw it reads JSON, as the SDK does.
        Assert.Equal("水壶", Assert.IsType<DraftSample>(_state.Store.Loaded(turn)!["Draft"]).Item);
        Assert.IsType<JObject>(fresh.Store.Loaded(other)!["Draft"]);
        Assert.Equal("水壶", (await fresh.CreateProperty<DraftSample>("Draft").GetAsync(other)).Item);
    }

    [Fact]
    public async Task Get_TypedValue_IsTheSameObjectOnEveryRead_AndAChangeToItIsSaved()
    {
        await SaveDraftAsync(_state, "水壶");
        var turn = StateTurns.New();
        await _state.LoadAsync(turn, force: true);
        var accessor = _state.CreateProperty<DraftSample>("Draft");

        var first = await accessor.GetAsync(turn);
        first.Files.Add("漏水.jpg");
        await _state.SaveChangesAsync(turn, force: false);

        Assert.Same(first, await accessor.GetAsync(turn));
        Assert.Contains("漏水.jpg", (await _store.ReadJsonAsync(StateTurns.ConversationKey))!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_Unforced_WritesOnlyWhenTouchedAndChanged()
    {
        await SaveDraftAsync(_state, "水壶");
        var writesAfterSetup = _counting.Writes;

        var untouched = StateTurns.New();
        await _state.LoadAsync(untouched, force: true);
        await _state.SaveChangesAsync(untouched, force: false);

        var readOnly = StateTurns.New();
        await _state.LoadAsync(readOnly, force: true);
        _ = await _state.CreateProperty<DraftSample>("Draft").GetAsync(readOnly);
        await _state.SaveChangesAsync(readOnly, force: false);
        Assert.Equal(writesAfterSetup, _counting.Writes);

        var changed = StateTurns.New();
        await _state.LoadAsync(changed, force: true);
        (await _state.CreateProperty<DraftSample>("Draft").GetAsync(changed)).Item = "电热水壶";
        await _state.SaveChangesAsync(changed, force: false);
        Assert.Equal(writesAfterSetup + 1, _counting.Writes);
    }

    [Fact]
    public async Task Save_Forced_WritesEvenWithoutAChange()
    {
        await SaveDraftAsync(_state, "水壶");
        var writes = _counting.Writes;
        var turn = StateTurns.New();
        await _state.LoadAsync(turn, force: true);

        await _state.SaveChangesAsync(turn, force: true);

        Assert.Equal(writes + 1, _counting.Writes);
    }

    [Fact]
    public async Task Accessors_ThroughAHandlersWrapperContext_SeeAndChangeTheTurnsState()
    {
        var turn = StateTurns.New();
        await _state.LoadAsync(turn, force: true);
        var wrapper = new DelegatingTurnContext<IMessageActivity>(turn);

        await _state.CreateProperty<DraftSample>("Draft").SetAsync(wrapper, new DraftSample { Item = "水壶" });
        await _state.SaveChangesAsync(turn, force: true);

        Assert.Equal("水壶", (await _state.CreateProperty<DraftSample>("Draft").GetAsync(turn)).Item);
        Assert.Contains("水壶", (await _store.ReadJsonAsync(StateTurns.ConversationKey))!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_OnANewContext_ReadsFreshState_AndTheOlderRunsCommitIsRefused()
    {
        await SaveDraftAsync(_state, "水壶");
        var older = StateTurns.New();
        await _state.LoadAsync(older, force: true);
        var newer = StateTurns.New();
        await _state.LoadAsync(newer, force: true);

        (await _state.CreateProperty<DraftSample>("Draft").GetAsync(newer)).Item = "newer";
        await _state.SaveChangesAsync(newer, force: true);
        (await _state.CreateProperty<DraftSample>("Draft").GetAsync(older)).Item = "older";

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => _state.SaveChangesAsync(older, force: true));
        var check = StateTurns.New();
        await _state.LoadAsync(check, force: true);
        Assert.Equal("newer", (await _state.CreateProperty<DraftSample>("Draft").GetAsync(check)).Item);
    }

    [Fact]
    public async Task Load_OnAContextGivenACopyOfAnotherTurnsEntries_ReadsItsOwnState()
    {
        await SaveDraftAsync(_state, "水壶");
        var first = StateTurns.New();
        (await _state.CreateProperty<DraftSample>("Draft").GetAsync(first)).Item = "unsaved";

        // A run starts on a new context that gets every entry of the turn's state, as the turn runner does it.
        var run = StateTurns.New();
        foreach (var (key, value) in first.TurnState)
        {
            run.TurnState[key] = value;
        }

        Assert.Null(_state.Store.Loaded(run));
        Assert.Equal("水壶", (await _state.CreateProperty<DraftSample>("Draft").GetAsync(run)).Item);
        Assert.Equal("unsaved", (await _state.CreateProperty<DraftSample>("Draft").GetAsync(first)).Item);
    }

    [Fact]
    public async Task Clear_ThenSave_DeletesTheStoredState()
    {
        await SaveDraftAsync(_state, "水壶");
        var turn = StateTurns.New();
        await _state.LoadAsync(turn, force: true);

        await _state.ClearStateAsync(turn);
        await _state.SaveChangesAsync(turn, force: false);

        Assert.Null(await _store.ReadJsonAsync(StateTurns.ConversationKey));
    }

    [Fact]
    public async Task Delete_RemovesTheStoredStateAtOnce_AndTheTurnStartsEmpty()
    {
        await SaveDraftAsync(_state, "水壶");
        var turn = StateTurns.New();
        await _state.LoadAsync(turn, force: true);

        await _state.DeleteAsync(turn);

        Assert.Null(await _store.ReadJsonAsync(StateTurns.ConversationKey));
        Assert.Null(await _state.CreateProperty<DraftSample>("Draft").GetAsync(turn));
    }

    [Fact]
    public async Task Load_StoredJsonNoLongerFitsTheLearnedType_ReadsItAsJsonLogsAWarningAndKeepsTheRest()
    {
        var logger = new ListLogger();
        var state = new TypedConversationState(new ConcurrencyCheckedStorage(_store), logger);
        await SaveDraftAsync(state, "水壶");
        await _store.WriteAsync(new Dictionary<string, object>
        {
            [StateTurns.ConversationKey] = new Dictionary<string, object> { ["Draft"] = new { Amount = "lots" }, ["Note"] = "kept" },
        });

        var turn = StateTurns.New();
        await state.LoadAsync(turn, force: true);

        Assert.IsType<JObject>(state.Store.Loaded(turn)!["Draft"]);
        Assert.Equal("kept", await state.CreateProperty<string>("Note").GetAsync(turn));
        Assert.Contains(logger.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains("did not fit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SdkCachedState_IsTheStoresDictionary()
    {
        var turn = StateTurns.New();
        await _state.LoadAsync(turn, force: true);

        Assert.Same(_state.Store.Loaded(turn), _state.GetCachedState(turn).State);
    }

    private static async Task SaveDraftAsync(ConversationState state, string item)
    {
        var turn = StateTurns.New();
        await state.LoadAsync(turn, force: true);
        await state.CreateProperty<DraftSample>("Draft").SetAsync(turn, new DraftSample { Item = item, Amount = 129.5m });
        await state.SaveChangesAsync(turn, force: true);
    }

    private sealed class ListLogger : ILogger<TypedStateStore>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add($"{logLevel} {formatter(state, exception)}");
    }
}
