using ComplaintBot.Storage.Blob;

namespace ComplaintBot.Evidence.Storage;

/// <summary>
/// The <c>Evidence:Blob</c> configuration section: the Azure Storage account and container that hold evidence files
/// when <see cref="EvidenceOptions.Provider"/> is <see cref="EvidenceProviders.Blob"/>. Same settings and rules as
/// the state storage's Blob section.
/// </summary>
public sealed class EvidenceBlobOptions : BlobAccountOptions
{
    /// <summary>The container used when none is configured.</summary>
    public const string DefaultContainer = "complaintbot-evidence";

    /// <summary>Initializes a new instance of the <see cref="EvidenceBlobOptions"/> class with the defaults.</summary>
    /// <remarks>Attempts get 30 seconds: one request carries up to 4 MiB of a file.</remarks>
    public EvidenceBlobOptions()
        : base("Evidence:Blob", DefaultContainer, TimeSpan.FromSeconds(30))
    {
    }
}
