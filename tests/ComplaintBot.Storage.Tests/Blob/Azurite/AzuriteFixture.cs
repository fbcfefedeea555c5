using Azure.Storage.Blobs;
using ComplaintBot.Storage.Blob;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Storage.Tests.Blob.Azurite;

/// <summary>
/// Starts one Azurite for every test class of <see cref="AzuriteCollection"/> and stops it when they are done.
/// Each test gets containers of its own (<see cref="NewContainerName"/>), so no test sees another's blobs.
/// </summary>
/// <remarks>When Azurite is not installed, starting fails and every test of the collection fails with the reason.</remarks>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    /// <summary>Gets the running Azurite.</summary>
    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not been started.");

    /// <summary>Settings for tests: the SDK's retries stay on, with short delays.</summary>
    public static BlobStorageOptions TestOptions(string connectionString, string container) => new()
    {
        ConnectionString = connectionString,
        Container = container,
        MaxRetryAttempts = 2,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        NetworkTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>A container name no other test uses; the container does not exist yet.</summary>
    public static string NewContainerName() => "test-" + Guid.NewGuid().ToString("N");

    /// <summary>A storage over the given container of the shared Azurite.</summary>
    public BlobStorage CreateStorage(string container, ILogger<BlobStorage>? logger = null) =>
        new(TestOptions(Azurite.ConnectionString, container), logger);

    /// <summary>A plain SDK client for looking at what the storage wrote.</summary>
    public BlobContainerClient ContainerClient(string container) => new(Azurite.ConnectionString, container);

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}
