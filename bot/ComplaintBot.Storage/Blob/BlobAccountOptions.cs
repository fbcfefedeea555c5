using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Azure.Storage.Blobs;

namespace ComplaintBot.Storage.Blob;

/// <summary>
/// An Azure Storage account and container, as a configuration section: the same settings and rules for every
/// Blob provider (state in <see cref="BlobStorageOptions"/>, evidence files in the evidence options). Give exactly
/// one of <see cref="ConnectionString"/> (account key or SAS; also Azurite) and <see cref="ServiceUri"/> (managed
/// identity through <c>DefaultAzureCredential</c>).
/// </summary>
public abstract partial class BlobAccountOptions : IValidatableObject
{
    private readonly string _section;

    /// <summary>Initializes a new instance of the <see cref="BlobAccountOptions"/> class.</summary>
    /// <param name="section">The configuration path of the section, used in every validation message (<c>Storage:Blob</c>).</param>
    /// <param name="defaultContainer">The container used when none is configured.</param>
    /// <param name="defaultNetworkTimeout">The time one attempt may take when none is configured.</param>
    protected BlobAccountOptions(string section, string defaultContainer, TimeSpan defaultNetworkTimeout)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(section);
        _section = section;
        Container = defaultContainer;
        NetworkTimeout = defaultNetworkTimeout;
    }

    /// <summary>Gets or sets the storage account connection string. Never logged or echoed in errors.</summary>
    /// <value>Null when <see cref="ServiceUri"/> is used.</value>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the account's blob endpoint, reached with <c>DefaultAzureCredential</c> (managed identity in Azure, developer sign-in locally).</summary>
    /// <value>An absolute <c>https</c> URI without query, such as <c>https://account.blob.core.windows.net</c>; null when <see cref="ConnectionString"/> is used.</value>
    public string? ServiceUri { get; set; }

    /// <summary>Gets or sets the client id of a user-assigned managed identity.</summary>
    /// <value>A GUID, only together with <see cref="ServiceUri"/>; null for the system-assigned identity.</value>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Gets or sets the container; created on first use.</summary>
    /// <value>3 to 63 lowercase letters, digits and single hyphens; the default is the provider's.</value>
    public string Container { get; set; }

    /// <summary>Gets or sets how often a request that failed transiently (timeout, 408, 429, 5xx, connection error) is retried.</summary>
    /// <value>0 to 10; default 3.</value>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Gets or sets the delay before the first retry; later retries back off exponentially with jitter, up to 8 times this.</summary>
    /// <value>0 to 1 minute; default 500 ms.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets how long one attempt may take before it counts as failed.</summary>
    /// <value>1 second to 5 minutes; the default is the provider's.</value>
    public TimeSpan NetworkTimeout { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasServiceUri = !string.IsNullOrWhiteSpace(ServiceUri);
        if (hasConnectionString == hasServiceUri)
        {
            yield return new ValidationResult(
                $"{_section} needs exactly one of ConnectionString (account key, SAS or Azurite) and ServiceUri (managed identity).",
                [nameof(ConnectionString), nameof(ServiceUri)]);
        }

        if (hasConnectionString && !IsValidConnectionString(ConnectionString!))
        {
            // The value holds a secret: name the setting, never echo it.
            yield return new ValidationResult($"{_section}:ConnectionString is not a valid Azure Storage connection string.", [nameof(ConnectionString)]);
        }

        if (hasServiceUri && !IsValidServiceUri(ServiceUri!))
        {
            yield return new ValidationResult(
                $"{_section}:ServiceUri '{ServiceUri}' must be an absolute https URI without query, such as https://account.blob.core.windows.net.",
                [nameof(ServiceUri)]);
        }

        if (!string.IsNullOrWhiteSpace(ManagedIdentityClientId) && (!hasServiceUri || !Guid.TryParse(ManagedIdentityClientId, out _)))
        {
            yield return new ValidationResult(
                $"{_section}:ManagedIdentityClientId must be a client id (GUID) and needs {_section}:ServiceUri.",
                [nameof(ManagedIdentityClientId)]);
        }

        if (Container is null || !ContainerName().IsMatch(Container) || Container.Contains("--", StringComparison.Ordinal))
        {
            yield return new ValidationResult(
                $"{_section}:Container '{Container}' must be 3 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit.",
                [nameof(Container)]);
        }

        if (MaxRetryAttempts is < 0 or > 10)
        {
            yield return new ValidationResult($"{_section}:MaxRetryAttempts must be 0 to 10.", [nameof(MaxRetryAttempts)]);
        }

        if (RetryDelay < TimeSpan.Zero || RetryDelay > TimeSpan.FromMinutes(1))
        {
            yield return new ValidationResult($"{_section}:RetryDelay must be 0 to 1 minute.", [nameof(RetryDelay)]);
        }

        if (NetworkTimeout < TimeSpan.FromSeconds(1) || NetworkTimeout > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult($"{_section}:NetworkTimeout must be 1 second to 5 minutes.", [nameof(NetworkTimeout)]);
        }
    }

    /// <summary>Rejects settings the provider cannot work with.</summary>
    /// <exception cref="ArgumentException">Any rule of <see cref="Validate"/> is broken; the message lists them all.</exception>
    public void ThrowIfInvalid()
    {
        var errors = Validate(new ValidationContext(this)).Select(e => e.ErrorMessage).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), "options");
        }
    }

    private static bool IsValidConnectionString(string connectionString)
    {
        try
        {
            // Parsing only: the client does no I/O until it is used.
            _ = new BlobServiceClient(connectionString);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsValidServiceUri(string serviceUri) =>
        Uri.TryCreate(serviceUri, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && string.IsNullOrEmpty(uri.Query);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerName();
}
