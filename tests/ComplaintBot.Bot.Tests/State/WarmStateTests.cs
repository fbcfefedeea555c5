using ComplaintBot.Bot.State;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage;
using ComplaintBot.Storage.Memory;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintBot.Bot.Tests.State;

/// <summary>The committed objects of a turn, taken over by the scope's next turn when storage still holds their text.</summary>
public sealed class WarmStateTests
{
    private readonly JsonMemoryStorage _store = new();
    private readonly TypedConversationState _state;

    public WarmStateTests() =>
        _state = new TypedConversationState(new ConcurrencyCheckedStorage(_store), NullLogger<TypedStateStore>.Instance);

    [Fact]
    public async Task NextTurn_StoredTextUnchanged_TakesOverTheCommittedObjects()
    {
        var committed = await CommitDraftAsync("水壶");

        var next = StateTurns.New();
        await _state.LoadAsync(next, force: true);

        Assert.Same(committed, await Draft(next));
    }

    [Fact]
    public async Task NextTurn_StateWrittenMeanwhileByAnotherInstance_ReadsTheStoredState()
    {
        var committed = await CommitDraftAsync("水壶");
        var otherInstance = new TypedConversationState(new ConcurrencyCheckedStorage(_store), NullLogger<TypedStateStore>.Instance);
        var theirs = StateTurns.New();
        await otherInstance.LoadAsync(theirs, force: true);
        var accessor = otherInstance.CreateProperty<DraftSample>("Draft");
        var changed = await accessor.GetAsync(theirs, () => new DraftSample());
        changed.Item = "电热水壶";
        await accessor.SetAsync(theirs, changed);
        await otherInstance.SaveChangesAsync(theirs, force: true);

        var next = StateTurns.New();
        await _state.LoadAsync(next, force: true);

        var read = await Draft(next);
        Assert.NotSame(committed, read);
        Assert.Equal("电热水壶", read.Item);
    }

    [Fact]
    public async Task TurnThatTookTheObjectsAndFailed_ItsRerunReadsTheStoredStateNotTheChangedObjects()
    {
        var committed = await CommitDraftAsync("水壶");
        var failed = StateTurns.New();
        await _state.LoadAsync(failed, force: true);
        (await Draft(failed)).Item = "改了但没保存";

        var rerun = StateTurns.New();
        await _state.LoadAsync(rerun, force: true);

        var read = await Draft(rerun);
        Assert.NotSame(committed, read);
        Assert.Equal("水壶", read.Item);
    }

    [Fact]
    public async Task CommitLosingAConflict_KeepsNothing_AndTheNextTurnReadsTheWinner()
    {
        await CommitDraftAsync("水壶");
        var first = StateTurns.New();
        var second = StateTurns.New();
        await _state.LoadAsync(first, force: true);
        await _state.LoadAsync(second, force: true);
        (await Draft(first)).Item = "first";
        (await Draft(second)).Item = "second";
        await _state.SaveChangesAsync(first, force: true);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => _state.SaveChangesAsync(second, force: true));

        var next = StateTurns.New();
        await _state.LoadAsync(next, force: true);
        Assert.Equal("first", (await Draft(next)).Item);
    }

    [Fact]
    public async Task StateDeletedByItsTurn_NothingKept_AndTheNextTurnStartsEmpty()
    {
        await CommitDraftAsync("水壶");
        var finishing = StateTurns.New();
        await _state.LoadAsync(finishing, force: true);
        await _state.ClearStateAsync(finishing);
        await _state.SaveChangesAsync(finishing, force: true);

        var next = StateTurns.New();
        await _state.LoadAsync(next, force: true);

        Assert.Empty(_state.Store.Loaded(next)!);
        Assert.Null(await _store.ReadJsonAsync(StateTurns.ConversationKey));
    }

    [Fact]
    public async Task UserState_NextTurn_ReadsFreshObjects()
    {
        var users = new TypedUserState(new ConcurrencyCheckedStorage(_store), NullLogger<TypedStateStore>.Instance);
        var accessor = users.CreateProperty<DraftSample>("History");
        var first = StateTurns.New();
        await users.LoadAsync(first, force: true);
        var committed = new DraftSample { Item = "水壶" };
        await accessor.SetAsync(first, committed);
        await users.SaveChangesAsync(first, force: true);

        var next = StateTurns.New();
        await users.LoadAsync(next, force: true);

        var read = await accessor.GetAsync(next, () => new DraftSample());
        Assert.NotSame(committed, read);
        Assert.Equal("水壶", read.Item);
    }

    [Fact]
    public async Task CommitAsync_ReturnsTheTextAReadReturns()
    {
        var storage = new ConcurrencyCheckedStorage(_store);

        var written = await storage.CommitAsync(StateTurns.ConversationKey, new Dictionary<string, object> { ["Draft"] = new DraftSample { Item = "水壶" } }, eTag: null);

        var read = await _store.ReadJsonAsync(StateTurns.ConversationKey);
        Assert.Equal(read!.Json, written!.Json);
        Assert.Equal(read.ETag, written.ETag);
        Assert.Null(await storage.CommitAsync(StateTurns.ConversationKey, new Dictionary<string, object>(), (await _store.ReadJsonAsync(StateTurns.ConversationKey))!.ETag));
    }

    [Fact]
    public async Task InsteadOfRead_NextTurns_StartFromTheCommitWithoutReading()
    {
        var counting = new ReadCountingStorage(_store);
        var state = Trusting(counting);
        var first = StateTurns.New();
        await state.LoadAsync(first, force: true);
        var committed = new DraftSample { Item = "水壶" };
        await state.CreateProperty<DraftSample>("Draft").SetAsync(first, committed);
        await state.SaveChangesAsync(first, force: true);
        var readsBefore = counting.Reads;

        for (var turn = 0; turn < 3; turn++)
        {
            var next = StateTurns.New();
            await state.LoadAsync(next, force: true);
            var draft = await state.CreateProperty<DraftSample>("Draft").GetAsync(next, () => new DraftSample());
            Assert.Same(committed, draft);
            draft.Item += "!";
            await state.SaveChangesAsync(next, force: true);
        }

        Assert.Equal(readsBefore, counting.Reads);
        Assert.Contains("水壶!!!", (await _store.ReadJsonAsync(StateTurns.ConversationKey))!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InsteadOfRead_StateWrittenMeanwhileByAnotherInstance_CommitFails_AndTheRerunReadsTheirs()
    {
        var state = Trusting(_store);
        var first = StateTurns.New();
        await state.LoadAsync(first, force: true);
        await state.CreateProperty<DraftSample>("Draft").SetAsync(first, new DraftSample { Item = "水壶" });
        await state.SaveChangesAsync(first, force: true);
        var otherInstance = new TypedConversationState(new ConcurrencyCheckedStorage(_store), NullLogger<TypedStateStore>.Instance);
        var theirs = StateTurns.New();
        await otherInstance.LoadAsync(theirs, force: true);
        var changed = await otherInstance.CreateProperty<DraftSample>("Draft").GetAsync(theirs, () => new DraftSample());
        changed.Item = "电热水壶";
        await otherInstance.CreateProperty<DraftSample>("Draft").SetAsync(theirs, changed);
        await otherInstance.SaveChangesAsync(theirs, force: true);

        // Our next turn starts from our own commit, unaware; its commit is refused instead of overwriting theirs.
        var stale = StateTurns.New();
        await state.LoadAsync(stale, force: true);
        var ours = await state.CreateProperty<DraftSample>("Draft").GetAsync(stale, () => new DraftSample());
        Assert.Equal("水壶", ours.Item);
        ours.Item = "我们的";
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => state.SaveChangesAsync(stale, force: true));

        var rerun = StateTurns.New();
        await state.LoadAsync(rerun, force: true);
        Assert.Equal("电热水壶", (await state.CreateProperty<DraftSample>("Draft").GetAsync(rerun, () => new DraftSample())).Item);
    }

    [Fact]
    public async Task InsteadOfRead_StorageThatDoesNotReportVersions_ReadsEveryTurn()
    {
        // Not a provider of this library (no stored-text reads, no written ETags): nothing can be trusted.
        var counting = new Reliability.CountingStorage(_store);
        var state = Trusting(counting);
        var first = StateTurns.New();
        await state.LoadAsync(first, force: true);
        await state.CreateProperty<DraftSample>("Draft").SetAsync(first, new DraftSample { Item = "水壶" });
        await state.SaveChangesAsync(first, force: true);

        var next = StateTurns.New();
        await state.LoadAsync(next, force: true);

        Assert.Equal(2, counting.Calls.Count(c => c.StartsWith("read ", StringComparison.Ordinal)));
        Assert.Equal("水壶", (await state.CreateProperty<DraftSample>("Draft").GetAsync(next, () => new DraftSample())).Item);
    }

    [Theory]
    [InlineData("Sqlite", null, CommittedStateReuse.InsteadOfRead)]
    [InlineData("Memory", null, CommittedStateReuse.InsteadOfRead)]
    [InlineData("Blob", null, CommittedStateReuse.WhenStorageMatches)]
    [InlineData("Blob", false, CommittedStateReuse.InsteadOfRead)]
    [InlineData("Sqlite", true, CommittedStateReuse.WhenStorageMatches)]
    public void TurnOptions_ConversationStateReuse_FollowsTheProviderUnlessConfigured(string provider, bool? readEveryTurn, CommittedStateReuse expected) =>
        Assert.Equal(expected, new TurnOptions { ReadStateEveryTurn = readEveryTurn }.ConversationStateReuse(provider));

    [Fact]
    public void WarmStates_Full_StartsOverRatherThanGrow()
    {
        var warm = new WarmStates();
        for (var i = 0; i <= WarmStates.Capacity; i++)
        {
            warm.Keep("k" + i, new CommittedState("{}", null), []);
        }

        Assert.Equal(1, warm.Count);
        Assert.NotNull(warm.Take("k" + WarmStates.Capacity, "{}"));
        Assert.Null(warm.Take("k" + WarmStates.Capacity, "{}"));
    }

    private static TypedConversationState Trusting(Microsoft.Bot.Builder.IStorage storage) =>
        new(new ConcurrencyCheckedStorage(storage), NullLogger<TypedStateStore>.Instance, CommittedStateReuse.InsteadOfRead);

    private async Task<DraftSample> Draft(Microsoft.Bot.Builder.ITurnContext turn) =>
        await _state.CreateProperty<DraftSample>("Draft").GetAsync(turn, () => new DraftSample());

    private async Task<DraftSample> CommitDraftAsync(string item)
    {
        var turn = StateTurns.New();
        await _state.LoadAsync(turn, force: true);
        var draft = new DraftSample { Item = item };
        await _state.CreateProperty<DraftSample>("Draft").SetAsync(turn, draft);
        await _state.SaveChangesAsync(turn, force: true);
        return draft;
    }
}
