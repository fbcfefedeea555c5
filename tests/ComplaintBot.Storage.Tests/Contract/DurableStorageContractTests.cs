using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>
/// The contract plus what only a durable provider promises: state and ETags survive a restart. A provider joins by
/// also implementing <see cref="ReopenStorage"/>.
/// </summary>
public abstract class DurableStorageContractTests : StorageContractTests
{
    /// <summary>Opens a new instance over the same backing store as <see cref="StorageContractTests.Storage"/>, as a restarted process would.</summary>
    protected abstract IStorage ReopenStorage();

    [Fact]
    public async Task ReadAsync_AfterRestart_ReturnsSameValueAndETag()
    {
        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Id = "kept", Count = 3 })));
        var before = await ReadAsync<PocoStoreItem>(Storage, "item");

        var after = await ReadAsync<PocoStoreItem>(Track(ReopenStorage()), "item");

        Assert.Equal("kept", after.Id);
        Assert.Equal(3, after.Count);
        Assert.Equal(before.ETag, after.ETag);
    }

    [Fact]
    public async Task WriteAsync_AfterRestart_HonoursOldETagsAndNeverReusesThem()
    {
        await Storage.WriteAsync(Changes(("item", new PocoStoreItem { Count = 1 })));
        var first = await ReadAsync<PocoStoreItem>(Storage, "item");
        await Storage.WriteAsync(Changes(("item", first)));
        var second = await ReadAsync<PocoStoreItem>(Storage, "item");
        var restarted = Track(ReopenStorage());

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => restarted.WriteAsync(Changes(("item", first))));
        await restarted.WriteAsync(Changes(("item", second)));
        var third = await ReadAsync<PocoStoreItem>(restarted, "item");

        Assert.NotEqual(first.ETag, third.ETag);
        Assert.NotEqual(second.ETag, third.ETag);
    }

    [Fact]
    public async Task WriteAsync_CreateOnlyRacedFromSeveralInstances_ExactlyOneWins()
    {
        // Instances of one process share nothing in memory here, so only the backing store can decide the race.
        var instances = Enumerable.Range(0, 4).Select(_ => Track(ReopenStorage())).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var creators = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await instances[i % instances.Count].WriteAsync(Changes(("race", new PocoStoreItem { Count = i, ETag = StorageETags.CreateOnly })));
                return (Index: i, Won: true);
            }
            catch (StorageConcurrencyException)
            {
                return (Index: i, Won: false);
            }
        })).ToList();

        start.SetResult();
        var outcomes = await Task.WhenAll(creators);

        var winner = Assert.Single(outcomes, o => o.Won);
        Assert.Equal(winner.Index, (await ReadAsync<PocoStoreItem>(Storage, "race")).Count);
    }

    [Fact]
    public async Task UserState_AfterRestart_ContinuesWhereItStopped()
    {
        await RunTurnAsync(Storage, "remember 淘宝");

        var reply = await RunTurnAsync(Track(ReopenStorage()), "recall");

        Assert.Equal("淘宝", reply);
    }

    private static async Task<string?> RunTurnAsync(IStorage storage, string text)
    {
        var userState = new UserState(storage);
        var property = userState.CreateProperty<ProfileState>("profile");
        var adapter = new TestAdapter(TestAdapter.CreateConversation(nameof(UserState_AfterRestart_ContinuesWhereItStopped)))
            .Use(new AutoSaveStateMiddleware(userState));
        string? reply = null;

        await adapter.SendTextToBotAsync(
            text,
            async (context, ct) =>
            {
                var profile = await property.GetAsync(context, () => new ProfileState(), ct);
                if (context.Activity.Text.StartsWith("remember ", StringComparison.Ordinal))
                {
                    profile.Locale = context.Activity.Text["remember ".Length..];
                }

                reply = profile.Locale;
            },
            CancellationToken.None);

        return reply;
    }
}
