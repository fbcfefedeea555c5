using ComplaintBot.Evidence.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace ComplaintBot.Evidence;

/// <summary>The outbound resilience setup, shared by evidence downloads and any other client the host names (Bot Connector calls).</summary>
public static class EvidenceHttpClientBuilderExtensions
{
    /// <summary>
    /// Adds the standard resilience handler tuned from <see cref="EvidenceOptions"/>: exponential retries with
    /// jitter on network errors, 408, 429 and 5xx, honouring <c>Retry-After</c>; never retrying POST, PUT, PATCH
    /// or DELETE (a reply must not be sent twice); per-attempt and total timeouts; a circuit breaker per
    /// authority, so one failing host does not stop the others. Requires <see cref="EvidenceOptions"/> to be
    /// registered (<see cref="EvidenceServiceCollectionExtensions.AddComplaintEvidence"/> does).
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <returns>The same builder, for chaining.</returns>
    public static IHttpClientBuilder AddComplaintResilience(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<TelemetryOptions>(options => options.SeverityProvider = HandledFailureSeverity);
        builder.AddStandardResilienceHandler()
            .Configure((resilience, services) =>
            {
                var options = services.GetRequiredService<IOptions<EvidenceOptions>>().Value;
                var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EvidenceHttpClientBuilderExtensions).Namespace!);
                var attempt = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);

                resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds);
                resilience.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
                resilience.Retry.UseJitter = true;
                resilience.Retry.ShouldRetryAfterHeader = true;
                resilience.Retry.DisableForUnsafeHttpMethods();
                resilience.Retry.OnRetry = args =>
                {
                    EvidenceLog.Retrying(logger, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Result?.StatusCode, args.Outcome.Exception?.GetType().Name);
                    return default;
                };
                resilience.AttemptTimeout.Timeout = attempt;
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(options.DownloadTimeoutSeconds);

                // The breaker's window must span at least two attempts (a rule of the standard pipeline).
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * options.AttemptTimeoutSeconds));
            })
            .SelectPipelineByAuthority();
        return builder;
    }

    /// <summary>
    /// Polly reports the last failed attempt of a request at Error and every retry at Warning, although each
    /// failure is handled: the download is refused with a reason and the user answered. Anyone can post a link
    /// that fails, so those reports would let them fill the error log. Attempts go to Debug and retries to
    /// Information (the downloader logs its own retry warning); a breaker opening stays a Warning. The summary of
    /// every request ("pipeline executed", Information by default) goes to Debug too: it was a line per upload.
    /// </summary>
    private static ResilienceEventSeverity HandledFailureSeverity(SeverityProviderArguments args) => args.Event.EventName switch
    {
        "ExecutionAttempt" or "PipelineExecuted" => ResilienceEventSeverity.Debug,
        "OnRetry" or "OnTimeout" => ResilienceEventSeverity.Information,
        "OnCircuitOpened" => ResilienceEventSeverity.Warning,
        _ => args.Event.Severity,
    };
}
