using ComplaintBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintBot.Bot.Health;

/// <summary>Readiness: the conversation storage answers. Without it no turn can load or save state.</summary>
public sealed class StorageHealthCheck(IStorageHealth storage) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.PingAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (StorageUnavailableException exception)
        {
            // The exception message names no user data; the inner exception stays in the logs only.
            return HealthCheckResult.Unhealthy("Conversation storage is unavailable.", exception);
        }
    }
}
