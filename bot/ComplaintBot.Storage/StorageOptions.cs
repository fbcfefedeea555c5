using System.ComponentModel.DataAnnotations;
using ComplaintBot.Storage.Blob;

namespace ComplaintBot.Storage;

/// <summary>
/// The <c>Storage</c> configuration section: which provider keeps conversation and user state, and where.
/// Validated when the host starts, so a typo fails the boot instead of the first turn.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Storage";

    /// <summary>Gets or sets the provider: one of <see cref="StorageProviders"/>, ignoring case.</summary>
    /// <value>Default <see cref="StorageProviders.Sqlite"/>.</value>
    [Required]
    public string Provider { get; set; } = StorageProviders.Sqlite;

    /// <summary>Gets or sets the directory of durable providers' files; created if missing.</summary>
    /// <value>Absolute, or relative to the base path the host passes (its content root). Default <c>data</c>.</value>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>Gets or sets the SQLite database file name inside <see cref="DataDirectory"/>.</summary>
    /// <value>A plain file name without directories. Default <c>complaintbot.db</c>.</value>
    [Required]
    public string SqliteFileName { get; set; } = "complaintbot.db";

    /// <summary>Gets or sets the <c>Storage:Blob</c> section, used and validated only when <see cref="Provider"/> is <see cref="StorageProviders.Blob"/>.</summary>
    /// <value>Account, container and retry settings.</value>
    [Required]
    public BlobStorageOptions Blob { get; set; } = new();

    /// <summary>Gets the absolute data directory.</summary>
    /// <param name="basePath">What a relative <see cref="DataDirectory"/> is relative to.</param>
    /// <returns>The full path.</returns>
    public string ResolveDataDirectory(string basePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(basePath);
        return Path.GetFullPath(DataDirectory, Path.GetFullPath(basePath));
    }

    /// <summary>Gets the absolute path of the SQLite database file.</summary>
    /// <param name="basePath">What a relative <see cref="DataDirectory"/> is relative to.</param>
    /// <returns>The full path.</returns>
    public string ResolveSqlitePath(string basePath) => Path.Combine(ResolveDataDirectory(basePath), SqliteFileName);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var provider = StorageProviders.Normalize(Provider);
        if (provider is null)
        {
            yield return new ValidationResult(
                $"Storage:Provider '{Provider}' is not known; use one of: {string.Join(", ", StorageProviders.All)}.",
                [nameof(Provider)]);
        }

        // Data annotations do not descend into nested objects; a Blob section is only required when Blob is chosen.
        if (provider == StorageProviders.Blob && Blob is not null)
        {
            foreach (var result in Blob.Validate(new ValidationContext(Blob)))
            {
                yield return new ValidationResult(result.ErrorMessage, result.MemberNames.Select(m => $"{nameof(Blob)}.{m}").ToList());
            }
        }

        if (SqliteFileName is not null
            && (SqliteFileName.Trim().Length == 0
                || Path.GetFileName(SqliteFileName) != SqliteFileName
                || SqliteFileName.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0))
        {
            yield return new ValidationResult(
                $"Storage:SqliteFileName '{SqliteFileName}' must be a plain file name; put directories in Storage:DataDirectory.",
                [nameof(SqliteFileName)]);
        }

        if (DataDirectory is not null && DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            yield return new ValidationResult($"Storage:DataDirectory '{DataDirectory}' is not a valid path.", [nameof(DataDirectory)]);
        }
    }
}
