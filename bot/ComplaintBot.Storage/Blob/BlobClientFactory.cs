using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Storage.Blob;

/// <summary>Builds the container client of a <see cref="BlobStorage"/> from its options.</summary>
internal static class BlobClientFactory
{
    /// <summary>Creates the client; nothing is sent until it is used.</summary>
    /// <param name="options">Validated options.</param>
    /// <param name="logger">Receives a warning for each retry.</param>
    /// <returns>A client for the configured container.</returns>
    internal static BlobContainerClient CreateContainerClient(BlobStorageOptions options, ILogger logger)
    {
        var clientOptions = CreateClientOptions(options);
        clientOptions.AddPolicy(new BlobRetryLogPolicy(logger, options.Container), HttpPipelinePosition.PerRetry);
        return string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new BlobServiceClient(new Uri(options.ServiceUri!), CreateCredential(options), clientOptions).GetBlobContainerClient(options.Container)
            : new BlobContainerClient(options.ConnectionString, options.Container, clientOptions);
    }

    /// <summary>The SDK's retry policy, bounded by the options: exponential backoff with jitter and a timeout per attempt.</summary>
    /// <param name="options">The retry settings.</param>
    /// <returns>Client options for one container client.</returns>
    internal static BlobClientOptions CreateClientOptions(BlobStorageOptions options)
    {
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetryAttempts;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.RetryDelay * 8;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        return clientOptions;
    }

    private static DefaultAzureCredential CreateCredential(BlobStorageOptions options)
    {
        var credentialOptions = new DefaultAzureCredentialOptions();
        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            credentialOptions.ManagedIdentityClientId = options.ManagedIdentityClientId;
        }

        return new DefaultAzureCredential(credentialOptions);
    }
}
