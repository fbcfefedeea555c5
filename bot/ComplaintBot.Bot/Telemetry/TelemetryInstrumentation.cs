using System.Diagnostics;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// What the host traces and measures, in one place so the host and the tests subscribe to the same things: our
/// own <see cref="ComplaintBotTelemetry.Name"/> source and meter, ASP.NET Core and HttpClient.
/// </summary>
public static class TelemetryInstrumentation
{
    /// <summary>The attribute the HttpClient instrumentation puts the full request URL in.</summary>
    internal const string UrlFullAttribute = "url.full";

    /// <summary>Subscribes a tracer provider to the bot's spans, incoming requests and outgoing HTTP calls.</summary>
    /// <param name="tracing">The tracer provider builder.</param>
    /// <returns>The same builder.</returns>
    public static TracerProviderBuilder AddComplaintBotInstrumentation(this TracerProviderBuilder tracing)
    {
        ArgumentNullException.ThrowIfNull(tracing);
        return tracing
            .AddSource(ComplaintBotTelemetry.Name)
            .AddAspNetCoreInstrumentation(options =>
            {
                // Probes every few seconds would bury the turns.
                options.Filter = context => !context.Request.Path.StartsWithSegments("/healthz") && !context.Request.Path.StartsWithSegments("/readyz");
            })
            .AddHttpClientInstrumentation(options => options.EnrichWithHttpRequestMessage = (activity, request) => RedactUrl(activity, request.RequestUri));
    }

    /// <summary>Subscribes a meter provider to the bot's metrics, ASP.NET Core's and HttpClient's.</summary>
    /// <param name="metrics">The meter provider builder.</param>
    /// <returns>The same builder.</returns>
    public static MeterProviderBuilder AddComplaintBotInstrumentation(this MeterProviderBuilder metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics
            .AddMeter(ComplaintBotTelemetry.Name)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation();
    }

    /// <summary>
    /// Keeps only scheme, host and port of an outgoing URL. Paths carry conversation ids (Bot Connector) and
    /// the user's personal site name (Teams file links); query strings carry download credentials.
    /// </summary>
    /// <param name="activity">The HttpClient span.</param>
    /// <param name="uri">The request URI.</param>
    internal static void RedactUrl(Activity activity, Uri? uri)
    {
        if (uri is { IsAbsoluteUri: true })
        {
            activity.SetTag(UrlFullAttribute, $"{uri.Scheme}://{uri.Authority}/REDACTED");
        }
    }
}
