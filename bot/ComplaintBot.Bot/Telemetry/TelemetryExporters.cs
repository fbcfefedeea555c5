namespace ComplaintBot.Bot.Telemetry;

/// <summary>Which exporters the host turns on.</summary>
/// <param name="Otlp">Export traces, metrics and logs over OTLP.</param>
/// <param name="Console">Write traces and metrics to the console.</param>
public sealed record TelemetryExporters(bool Otlp, bool Console)
{
    /// <summary>Gets a value indicating whether anything is exported at all.</summary>
    public bool Any => Otlp || Console;

    /// <summary>Decides from the settings: OTLP when an endpoint is configured, the console in Development or when asked.</summary>
    /// <param name="options">The <c>OpenTelemetry</c> section.</param>
    /// <param name="configuration">The whole configuration, for the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable.</param>
    /// <param name="isDevelopment">Whether the host runs in the Development environment.</param>
    /// <returns>The exporters to add.</returns>
    public static TelemetryExporters Choose(TelemetryOptions options, IConfiguration configuration, bool isDevelopment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var otlp = !string.IsNullOrWhiteSpace(options.OtlpEndpoint) || !string.IsNullOrWhiteSpace(configuration[TelemetryOptions.StandardEndpointVariable]);
        return new TelemetryExporters(otlp, options.ConsoleExporter ?? isDevelopment);
    }
}
