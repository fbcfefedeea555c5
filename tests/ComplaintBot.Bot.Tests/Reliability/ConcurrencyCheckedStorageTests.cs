using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage;
using ComplaintBot.Storage.Memory;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Reliability;

public sealed class ConcurrencyCheckedStorageTests
{
    private const string Key = "c/conversations/1";

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
    public async Task WriteAsync_NewStateButSomeoneCreatedTheKeyMeanwhile_ThrowsConflict()
    {
        var inner = new JsonMemoryStorage();
        var storage = new ConcurrencyCheckedStorage(inner);
        await inner.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = 1 } });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = 9 } }));
    }

    [Fact]
    public async Task WriteAsync_NewState_CreatesItEmptyAndAsksForARerun()
    {
        var inner = new JsonMemoryStorage();
        var storage = new ConcurrencyCheckedStorage(inner);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() =>
            storage.WriteAsync(new Dictionary<string, object> { [Key] = new Dictionary<string, object> { ["n"] = 9 } }));

        var stored = (JObject)(await inner.ReadAsync([Key]))[Key];
        Assert.Null(stored["n"]);
        Assert.NotNull(stored[StorageJson.ETagProperty]);
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

    private static Dictionary<string, object> StateOf(IDictionary<string, object> read) =>
        ((JObject)read[Key]).ToObject<Dictionary<string, object>>()!;
}
