using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage;
using ComplaintBot.Storage.Memory;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Reliability;

public sealed class ConcurrencyCheckedStorageTests
{
    private const string Key = "c/conversations/1";

    [Fact]
    public async Task ReadAsync_StoredState_ComesBackAsItsTopLevelProperties()
    {
        var inner = new JsonMemoryStorage();
        var storage = new ConcurrencyCheckedStorage(inner);
        await inner.WriteAsync(new Dictionary<string, object>
        {
            [Key] = new Dictionary<string, object?> { ["n"] = 1, ["name"] = "水壶", ["draft"] = new { Item = "水壶", Files = new[] { "a.jpg" } }, ["gone"] = null },
        });

        var state = Assert.IsAssignableFrom<IDictionary<string, object>>((await storage.ReadAsync([Key]))[Key]);

        Assert.Equal(1L, state["n"]);
        Assert.Equal("水壶", state["name"]);
        Assert.Null(state["gone"]);
        Assert.Equal("a.jpg", (string?)Assert.IsType<JObject>(state["draft"])["Files"]![0]);
        Assert.False(string.IsNullOrEmpty(state[StorageJson.ETagProperty] as string));
    }

    [Fact]
    public async Task ReadAsync_ThroughConversationState_AccessorsReadTypedValues()
    {
        var storage = new ConcurrencyCheckedStorage(new JsonMemoryStorage());
        var state = new Microsoft.Bot.Builder.ConversationState(storage);
        var first = NewTurn();
        await state.CreateProperty<Sample>("sample").SetAsync(first, new Sample { Item = "水壶", Count = 2 });
        await state.CreateProperty<bool>("greeted").SetAsync(first, true);
        await state.SaveChangesAsync(first);

        var next = NewTurn();
        await state.LoadAsync(next, force: true);

        var sample = await state.CreateProperty<Sample>("sample").GetAsync(next, () => new Sample());
        Assert.Equal(("水壶", 2), (sample.Item, sample.Count));
        Assert.True(await state.CreateProperty<bool>("greeted").GetAsync(next, () => false));
    }

    [Fact]
    public async Task WriteAsync_StateReadWithAnETagThatIsNowStale_ThrowsConflictAndKeepsTheNewerState()
    {
        var inner = new JsonMemoryStorage();
        var storage = new ConcurrencyCheckedStorage(inner);
        await inner.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = 1 } });
        var mine = StateOf(await storage.ReadAsync([Key]));
        var theirs = StateOf(await storage.ReadAsync([Key]));
        theirs["n"] = 2;
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = theirs });

        mine["n"] = 3;
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object> { [Key] = mine }));

        Assert.Equal(2, (int)((JObject)(await inner.ReadAsync([Key]))[Key])["n"]!);
    }

    [Fact]
    public async Task WriteAsync_StateReadWithItsCurrentETag_IsWrittenWithoutTheETagProperty()
    {
        var inner = new JsonMemoryStorage();
        var storage = new ConcurrencyCheckedStorage(inner);
        await inner.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = 1 } });
        var mine = StateOf(await storage.ReadAsync([Key]));
        mine["n"] = 5;

        await storage.WriteAsync(new Dictionary<string, object> { [Key] = mine });

        var stored = (JObject)(await inner.ReadAsync([Key]))[Key];
        Assert.Equal(5, (int)stored["n"]!);
        Assert.NotEqual(mine[StorageJson.ETagProperty], (string?)stored[StorageJson.ETagProperty]);
    }

    [Fact]
    public async Task WriteAsync_NewStateButSomeoneCreatedTheKeyAfterTheRead_ThrowsConflictAndKeepsTheirState()
    {
        var inner = new JsonMemoryStorage();
        var storage = new ConcurrencyCheckedStorage(inner);
        Assert.Empty(await storage.ReadAsync([Key]));
        await inner.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = 1 } });
        var theirETag = ETagOf(await inner.ReadAsync([Key]));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = 9 } }));

        var stored = (JObject)(await inner.ReadAsync([Key]))[Key];
        Assert.Equal(1, (int)stored["n"]!);
        Assert.Equal(theirETag, (string?)stored[StorageJson.ETagProperty]);
    }

    [Fact]
    public async Task WriteAsync_NewState_IsCreatedWithItsContentInOneWriteAndNoRead()
    {
        var inner = new JsonMemoryStorage();
        var counting = new CountingStorage(inner);
        var storage = new ConcurrencyCheckedStorage(counting);

        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = 9 } });

        Assert.Equal(["write " + Key], counting.Calls);
        var stored = (JObject)(await inner.ReadAsync([Key]))[Key];
        Assert.Equal(9, (int)stored["n"]!);
        Assert.False(string.IsNullOrEmpty((string?)stored[StorageJson.ETagProperty]));
        Assert.NotEqual(StorageETags.CreateOnly, (string?)stored[StorageJson.ETagProperty]);
    }

    [Fact]
    public async Task WriteAsync_NewStateWithAnEmptyETagProperty_IsCreatedOnlyIfAbsent()
    {
        var inner = new JsonMemoryStorage();
        var storage = new ConcurrencyCheckedStorage(inner);
        await inner.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = 1 } });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(new Dictionary<string, object>
        {
            [Key] = new Dictionary<string, object> { ["n"] = 9, [StorageJson.ETagProperty] = string.Empty },
        }));

        Assert.Equal(1, (int)((JObject)(await inner.ReadAsync([Key]))[Key])["n"]!);
    }

    [Fact]
    public async Task WriteAsync_SeveralInstancesCreateOneNewStateAtOnce_ExactlyOneWins()
    {
        const int instances = 16;
        var inner = new JsonMemoryStorage();
        var storages = Enumerable.Range(0, instances).Select(_ => new ConcurrencyCheckedStorage(inner)).ToList();
        foreach (var storage in storages)
        {
            // Every instance has seen the state absent before anyone writes.
            Assert.Empty(await storage.ReadAsync([Key]));
        }

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, instances).Select(i => Task.Run(async () =>
        {
            var storage = storages[i];
            await start.Task;
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = i } });
                return (Index: i, Won: true);
            }
            catch (StorageConcurrencyException)
            {
                return (Index: i, Won: false);
            }
        })).ToList();

        start.SetResult();
        var outcomes = await Task.WhenAll(writers);

        var winner = Assert.Single(outcomes, o => o.Won);
        Assert.Equal(winner.Index, (int)((JObject)(await inner.ReadAsync([Key]))[Key])["n"]!);
    }

    [Fact]
    public async Task WriteAsync_PlainObject_OverwritesAsBefore()
    {
        var inner = new JsonMemoryStorage();
        var storage = new ConcurrencyCheckedStorage(inner);
        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new { N = 1 } });

        await storage.WriteAsync(new Dictionary<string, object> { [Key] = new { N = 2 } });

        Assert.Equal(2, (int)((JObject)(await inner.ReadAsync([Key]))[Key])["N"]!);
    }

    private static Dictionary<string, object> StateOf(IDictionary<string, object> read) => read[Key] switch
    {
        JObject json => json.ToObject<Dictionary<string, object>>()!,
        IDictionary<string, object> state => new Dictionary<string, object>(state),
        var other => throw new InvalidOperationException("Unexpected state " + other),
    };

    private static string? ETagOf(IDictionary<string, object> read) => StateOf(read).GetValueOrDefault(StorageJson.ETagProperty) as string;

    [Fact]
    public async Task ReadJsonAsync_StorageWithoutTextReads_SameTextAndETagFromItsTokens()
    {
        var inner = new JsonMemoryStorage();
        await inner.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["Item"] = "水壶", ["n"] = 2 } });
        var direct = await new ConcurrencyCheckedStorage(inner).ReadJsonAsync(Key);

        var viaTokens = await new ConcurrencyCheckedStorage(new TokensOnly(inner)).ReadJsonAsync(Key);

        Assert.Equal(direct, viaTokens);
        Assert.Null(await new ConcurrencyCheckedStorage(new TokensOnly(inner)).ReadJsonAsync("c/conversations/absent"));
    }

    [Fact]
    public async Task CommitAsync_NothingLeft_DeletesOnlyTheVersionRead()
    {
        var inner = new JsonMemoryStorage();
        var storage = new ConcurrencyCheckedStorage(inner);
        await storage.CommitAsync(Key, new Dictionary<string, object> { ["n"] = 1 }, eTag: null);
        var read = (await storage.ReadJsonAsync(Key))!;
        await storage.CommitAsync(Key, new Dictionary<string, object> { ["n"] = 2 }, read.ETag);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.CommitAsync(Key, new Dictionary<string, object>(), read.ETag));
        var current = (await storage.ReadJsonAsync(Key))!;
        await storage.CommitAsync(Key, new Dictionary<string, object>(), current.ETag);

        Assert.Null(await storage.ReadJsonAsync(Key));
    }

    [Fact]
    public async Task CommitAsync_WithoutAnETagOverExistingState_IsRefused()
    {
        var storage = new ConcurrencyCheckedStorage(new JsonMemoryStorage());
        await storage.CommitAsync(Key, new Dictionary<string, object> { ["n"] = 1 }, eTag: null);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.CommitAsync(Key, new Dictionary<string, object> { ["n"] = 2 }, eTag: null));
        Assert.Contains("\"n\":1", (await storage.ReadJsonAsync(Key))!.Json, StringComparison.Ordinal);
    }

    private static Microsoft.Bot.Builder.TurnContext NewTurn() => new(new Microsoft.Bot.Builder.Adapters.TestAdapter(), new Microsoft.Bot.Schema.Activity
    {
        Type = Microsoft.Bot.Schema.ActivityTypes.Message,
        ChannelId = "c",
        Conversation = new Microsoft.Bot.Schema.ConversationAccount { Id = "1" },
        From = new Microsoft.Bot.Schema.ChannelAccount { Id = "u" },
    });

    public sealed class Sample
    {
        public string? Item { get; set; }

        public int Count { get; set; }
    }

    /// <summary>A storage that can only read tokens, as any IStorage can.</summary>
    private sealed class TokensOnly(Microsoft.Bot.Builder.IStorage inner) : Microsoft.Bot.Builder.IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) => inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
