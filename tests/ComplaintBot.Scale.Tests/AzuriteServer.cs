using ComplaintBot.Storage.Tests.Blob.Azurite;

namespace ComplaintBot.Scale.Tests;

/// <summary>One Azurite for every test class of the collection; each test uses containers of its own.</summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    private AzuriteProcess? _azurite;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not been started.");

    public static string NewContainer() => "scale-" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AzuriteServerCollection : ICollectionFixture<AzuriteServer>
{
    public const string Name = "Azurite server";
}
