using System.ComponentModel.DataAnnotations;
using ComplaintBot.Evidence.Storage;

namespace ComplaintBot.Evidence;

/// <summary>
/// The <c>Evidence</c> configuration section: limits, where files are kept, and which hosts may be fetched
/// despite a private address. Validated when the host starts.
/// </summary>
public sealed class EvidenceOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Evidence";

    private const long MiB = 1024 * 1024;

    /// <summary>Gets or sets the store provider: one of <see cref="EvidenceProviders"/>, ignoring case.</summary>
    /// <value>Default <see cref="EvidenceProviders.Sqlite"/>.</value>
    [Required]
    public string Provider { get; set; } = EvidenceProviders.Sqlite;

    /// <summary>Gets or sets the data directory: the SQLite store's file is <c>evidence.db</c> there, the folder store uses its <c>evidence</c> subfolder.</summary>
    /// <value>Absolute, or relative to the base path the host passes. Default <c>data</c>.</value>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Gets or sets the Azure Blob settings, used and validated only when <see cref="Provider"/> is <see cref="EvidenceProviders.Blob"/>.</summary>
    /// <value>The <c>Evidence:Blob</c> section; never null.</value>
    public EvidenceBlobOptions Blob { get; set; } = new();

    /// <summary>Gets or sets the largest accepted file.</summary>
    /// <value>Bytes. Default 20 MB (20,971,520).</value>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 20 * MiB;

    /// <summary>Gets or sets the most bytes one complaint's files may take together.</summary>
    /// <value>Bytes. Default 100 MB (104,857,600).</value>
    [Range(1, long.MaxValue)]
    public long MaxComplaintBytes { get; set; } = 100 * MiB;

    /// <summary>Gets or sets the most files one complaint may have.</summary>
    /// <value>Default 20.</value>
    [Range(1, 1000)]
    public int MaxFilesPerComplaint { get; set; } = 20;

    /// <summary>Gets or sets how long one download may take in all, retries and body included.</summary>
    /// <value>Seconds. Default 30.</value>
    [Range(1, 600)]
    public int DownloadTimeoutSeconds { get; set; } = 30;

    /// <summary>Gets or sets how long one attempt may wait for the response headers.</summary>
    /// <value>Seconds; at most <see cref="DownloadTimeoutSeconds"/>. Default 10.</value>
    [Range(1, 600)]
    public int AttemptTimeoutSeconds { get; set; } = 10;

    /// <summary>Gets or sets how many times a transient failure (5xx, 408, 429, network error) is retried.</summary>
    /// <value>From 1 to 10. Default 3.</value>
    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the base of the exponential, jittered retry delay; a <c>Retry-After</c> header wins.</summary>
    /// <value>Milliseconds. Default 1000.</value>
    [Range(1, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 1000;

    /// <summary>Gets or sets how many redirects one download may follow; each target is checked again.</summary>
    /// <value>Default 3.</value>
    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 3;

    /// <summary>
    /// Gets or sets host names (or address literals) that may be fetched even though they resolve to a private,
    /// loopback or link-local address, e.g. an internal Direct Line service. The host and port of the activity's
    /// own <c>serviceUrl</c> are always allowed (other ports of that host are not).
    /// </summary>
    /// <value>Exact host names, compared ignoring case. Default none.</value>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>
    /// Gets or sets hosts, besides the host of the activity's <c>serviceUrl</c>, that receive the bot's token when a
    /// Teams inline image is fetched. The token never goes anywhere else.
    /// </summary>
    /// <value>Exact host names, compared ignoring case. Default none.</value>
    public IList<string> TokenHosts { get; } = [];

    /// <summary>Gets the absolute path of the SQLite store's file.</summary>
    /// <param name="basePath">What a relative <see cref="DataDirectory"/> is relative to.</param>
    /// <returns>The full path of <c>{DataDirectory}/evidence.db</c>.</returns>
    public string ResolveDatabasePath(string basePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(basePath);
        return Path.Combine(Path.GetFullPath(DataDirectory, Path.GetFullPath(basePath)), "evidence.db");
    }

    /// <summary>Gets the absolute directory of the folder store.</summary>
    /// <param name="basePath">What a relative <see cref="DataDirectory"/> is relative to.</param>
    /// <returns>The full path of <c>{DataDirectory}/evidence</c>.</returns>
    public string ResolveStoreDirectory(string basePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(basePath);
        return Path.Combine(Path.GetFullPath(DataDirectory, Path.GetFullPath(basePath)), "evidence");
    }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (EvidenceProviders.Normalize(Provider) is null)
        {
            yield return new ValidationResult(
                $"Evidence:Provider '{Provider}' is not known; use one of: {string.Join(", ", EvidenceProviders.All)}.",
                [nameof(Provider)]);
        }

        if (EvidenceProviders.Normalize(Provider) == EvidenceProviders.Blob)
        {
            if (Blob is null)
            {
                yield return new ValidationResult("Evidence:Blob is required when Evidence:Provider is Blob.", [nameof(Blob)]);
            }
            else
            {
                foreach (var result in Blob.Validate(new ValidationContext(Blob)))
                {
                    yield return result;
                }
            }
        }

        if (MaxFileBytes > MaxComplaintBytes)
        {
            yield return new ValidationResult(
                "Evidence:MaxFileBytes may not exceed Evidence:MaxComplaintBytes.",
                [nameof(MaxFileBytes), nameof(MaxComplaintBytes)]);
        }

        if (AttemptTimeoutSeconds > DownloadTimeoutSeconds)
        {
            yield return new ValidationResult(
                "Evidence:AttemptTimeoutSeconds may not exceed Evidence:DownloadTimeoutSeconds.",
                [nameof(AttemptTimeoutSeconds), nameof(DownloadTimeoutSeconds)]);
        }

        if (DataDirectory is not null && DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            yield return new ValidationResult($"Evidence:DataDirectory '{DataDirectory}' is not a valid path.", [nameof(DataDirectory)]);
        }
    }
}
