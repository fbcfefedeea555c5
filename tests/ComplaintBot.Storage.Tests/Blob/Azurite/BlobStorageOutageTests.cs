using ComplaintBot.Storage.Blob;
using ComplaintBot.Storage.Tests.Contract;
using ComplaintBot.Storage.Tests.Sqlite;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests.Blob.Azurite;

/// <summary>An Azurite of its own is stopped and started again: the account going away and coming back.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageOutageTests : IAsyncLifetime, IDisposable
{
    private const int Retries = 2;
    private readonly RecordingLogger<BlobStorage> _logger = new();
    private AzuriteProcess? _azurite;
    private BlobStorage? _storage;

    private AzuriteProcess Azurite => _azurite!;

    private BlobStorage Storage => _storage!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        var options = AzuriteFixture.TestOptions(_azurite.ConnectionString, AzuriteFixture.NewContainerName());
        options.MaxRetryAttempts = Retries;
        _storage = new BlobStorage(options, _logger);
    }

    public void Dispose() => _storage?.Dispose();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task AllOperations_AzuriteStopped_ThrowUnavailableAfterTheConfiguredRetries()
    {
        await Storage.WriteAsync(Changes(("k", new PocoStoreItem { Count = 1 })));
        await Azurite.StopAsync();

        await AssertUnavailableAfterRetriesAsync(() => Storage.PingAsync());
        await AssertUnavailableAfterRetriesAsync(() => Storage.ReadAsync(["k"]));
        await AssertUnavailableAfterRetriesAsync(() => Storage.WriteAsync(Changes(("k", new PocoStoreItem { Count = 2 }))));
        await AssertUnavailableAfterRetriesAsync(() => Storage.DeleteAsync(["k"]));
    }

    [Fact]
    public async Task WriteAsync_AfterAzuriteRestarted_ContinuesFromLastAcceptedWrite()
    {
        await Storage.WriteAsync(Changes(("k", new PocoStoreItem { Count = 1 })));
        var before = await ReadAsync("k");
        await Azurite.StopAsync();
        await Assert.ThrowsAsync<StorageUnavailableException>(() => Storage.WriteAsync(Changes(("k", new PocoStoreItem { Count = 2, ETag = before.ETag }), ("other", new PocoItem()))));

        await Azurite.RestartAsync();
        await Storage.PingAsync();
        var after = await ReadAsync("k");
        Assert.Equal(1, after.Count);
        Assert.Equal(before.ETag, after.ETag);
        after.Count = 3;
        await Storage.WriteAsync(Changes(("k", after)));

        Assert.Empty(await Storage.ReadAsync(["other"]));
        Assert.Equal(3, (await ReadAsync("k")).Count);
    }

    private static Dictionary<string, object> Changes(params (string Key, object Value)[] items) =>
        items.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal);

    private async Task<PocoStoreItem> ReadAsync(string key) => ((JObject)(await Storage.ReadAsync([key]))[key]).ToObject<PocoStoreItem>()!;

    // The bound is structural: exactly the configured number of retries, each logged, then the exception.
    private async Task AssertUnavailableAfterRetriesAsync(Func<Task> operation)
    {
        lock (_logger.Entries)
        {
            _logger.Entries.Clear();
        }

        var ex = await Assert.ThrowsAsync<StorageUnavailableException>(operation);

        Assert.Contains("could not", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Retries, _logger.Entries.Count(e => e.EventId.Id == 2101));
    }
}
