using System.Reflection;
using ComplaintBot.Bot.Telemetry;
using ComplaintBot.Storage;
using ComplaintBot.Storage.Blob;
using ComplaintBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Bot.Tests.Telemetry;

public sealed class StorageRetryObserverTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "complaintbot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task SqliteWrite_DatabaseLockedByAnotherWriter_CountsEachRetry()
    {
        using var metrics = new RecordedMeasurements(_services);
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(new StorageRetryObserver(Telemetry())));
        var path = Path.Combine(_directory, "state.db");
        using var storage = new SqliteStorage(
            new SqliteStorageOptions { DatabasePath = path, BusyTimeoutSeconds = 1, MaxRetryAttempts = 2, RetryDelay = TimeSpan.Zero },
            TimeProvider.System,
            loggers.CreateLogger<SqliteStorage>());
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 1 } });

        await using (var holder = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await holder.OpenAsync();
            using var begin = holder.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync();

            await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.WriteAsync(new Dictionary<string, object> { ["k"] = new { value = 2 } }));
        }

        Assert.Equal(2, metrics.Sum(ComplaintBotTelemetry.StorageRetriesMetric, (TelemetryTags.ProviderKey, "sqlite")));
    }

    [Fact]
    public void BlobRetryLog_TheProvidersOwnMessage_IsCounted()
    {
        using var metrics = new RecordedMeasurements(_services);
        using var observer = new StorageRetryObserver(Telemetry());
        var logger = observer.CreateLogger(StorageRetryObserver.BlobCategory);
        var retrying = typeof(BlobStorage).Assembly.GetType("ComplaintBot.Storage.Blob.BlobStorageLog")!
            .GetMethod("Retrying", BindingFlags.NonPublic | BindingFlags.Static)!;

        retrying.Invoke(null, [logger, "complaintbot-state", "PUT", 503, 1]);
        retrying.Invoke(null, [logger, "complaintbot-state", "PUT", 0, 2]);

        Assert.Equal(2, metrics.Sum(ComplaintBotTelemetry.StorageRetriesMetric, (TelemetryTags.ProviderKey, "blob")));
    }

    [Fact]
    public void OtherEventsAndCategories_AreNotCounted()
    {
        using var metrics = new RecordedMeasurements(_services);
        using var observer = new StorageRetryObserver(Telemetry());

        observer.CreateLogger(StorageRetryObserver.BlobCategory).Log(LogLevel.Information, new EventId(2102), "container created");
        observer.CreateLogger("ComplaintBot.Evidence.EvidenceIntake").Log(LogLevel.Warning, new EventId(StorageRetryObserver.SqliteRetryEventId), "unrelated");

        Assert.Equal(0, metrics.Sum(ComplaintBotTelemetry.StorageRetriesMetric));
    }

    public void Dispose()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private ComplaintBotTelemetry Telemetry() => new(_services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
}
