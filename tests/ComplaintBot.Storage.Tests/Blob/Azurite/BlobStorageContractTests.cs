using ComplaintBot.Storage.Tests.Contract;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Storage.Tests.Blob.Azurite;

/// <summary>The contract suite on Azure Blob Storage (Azurite); each test has a container of its own.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BlobStorageContractTests(AzuriteFixture azurite) : DurableStorageContractTests
{
    private readonly string _container = AzuriteFixture.NewContainerName();

    protected override IStorage CreateStorage() => ReopenStorage();

    protected override IStorage ReopenStorage() => azurite.CreateStorage(_container);
}
