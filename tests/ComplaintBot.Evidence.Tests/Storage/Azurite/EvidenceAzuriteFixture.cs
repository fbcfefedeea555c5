using Azure.Storage.Blobs;
using ComplaintBot.Evidence.Storage;
using ComplaintBot.Storage.Tests.Blob.Azurite;

namespace ComplaintBot.Evidence.Tests.Storage.Azurite;

/// <summary>
/// Starts one Azurite for the Blob evidence store tests and stops it when they are done. Each test uses a container
/// of its own (<see cref="NewContainerName"/>), so no test sees another's blobs.
/// </summary>
/// <remarks>When Azurite is not installed, starting fails and every test of the collection fails with the reason.</remarks>
public sealed class EvidenceAzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    /// <summary>Gets the running Azurite.</summary>
    public AzuriteProcess Azurite => azurite ?? throw new InvalidOperationException("Azurite has not been started.");

    /// <summary>A container name no other test uses; the container does not exist yet.</summary>
    public static string NewContainerName() => "evidence-" + Guid.NewGuid().ToString("N");

    /// <summary>Settings for tests: the SDK's retries stay on, with short delays.</summary>
    public EvidenceBlobOptions Options(string container) => new()
    {
        ConnectionString = Azurite.ConnectionString,
        Container = container,
        MaxRetryAttempts = 2,
        RetryDelay = TimeSpan.FromMilliseconds(20),
        NetworkTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>A store over the given container of the shared Azurite.</summary>
    public BlobEvidenceStore CreateStore(string container) => new(Options(container), TimeProvider.System);

    /// <summary>A plain SDK client for looking at what the store wrote.</summary>
    public BlobContainerClient ContainerClient(string container) => new(Azurite.ConnectionString, container);

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}

/// <summary>The test classes sharing one Azurite; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class EvidenceAzuriteCollection : ICollectionFixture<EvidenceAzuriteFixture>
{
    public const string Name = "Evidence Azurite";
}
