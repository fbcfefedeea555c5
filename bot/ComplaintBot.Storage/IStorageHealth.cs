namespace ComplaintBot.Storage;

/// <summary>
/// Readiness probe of the configured storage provider, for the host's <c>/readyz</c> endpoint.
/// </summary>
public interface IStorageHealth
{
    /// <summary>Makes one cheap round trip to the backing store.</summary>
    /// <param name="cancellationToken">Cancels the probe.</param>
    /// <returns>A task that completes when the store answered.</returns>
    /// <exception cref="StorageUnavailableException">The store cannot be reached or used.</exception>
    Task PingAsync(CancellationToken cancellationToken = default);
}
