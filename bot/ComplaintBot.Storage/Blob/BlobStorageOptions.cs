namespace ComplaintBot.Storage.Blob;

/// <summary>
/// The <c>Storage:Blob</c> configuration section: the Azure Storage account and container that hold state when
/// <see cref="StorageOptions.Provider"/> is <see cref="StorageProviders.Blob"/>.
/// </summary>
/// <remarks>With the default 10-second attempts, one call gives up after at most about 45 seconds.</remarks>
public sealed class BlobStorageOptions : BlobAccountOptions
{
    /// <summary>The container used when none is configured: one blob per state key.</summary>
    public const string DefaultContainer = "complaintbot-state";

    /// <summary>Initializes a new instance of the <see cref="BlobStorageOptions"/> class with the defaults.</summary>
    public BlobStorageOptions()
        : base("Storage:Blob", DefaultContainer, TimeSpan.FromSeconds(10))
    {
    }
}
