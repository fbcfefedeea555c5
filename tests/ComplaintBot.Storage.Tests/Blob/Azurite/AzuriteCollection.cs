namespace ComplaintBot.Storage.Tests.Blob.Azurite;

/// <summary>The test classes sharing one Azurite for the whole run; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
