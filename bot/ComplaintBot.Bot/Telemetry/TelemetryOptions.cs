using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// The <c>OpenTelemetry</c> configuration section: where traces, metrics and logs are exported, and the key of
/// the conversation correlation id. With no OTLP endpoint (here or in the standard
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) and outside Development nothing is exported.
/// </summary>
public sealed class TelemetryOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "OpenTelemetry";

    /// <summary>The standard OpenTelemetry variable that also turns the OTLP exporter on.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Gets or sets the OTLP collector endpoint, such as <c>http://collector:4317</c>.</summary>
    /// <value>An absolute http or https URI; null or empty exports nothing over OTLP unless the standard variable is set.</value>
    public string? OtlpEndpoint { get; set; }

    /// <summary>Gets or sets the OTLP protocol: <c>grpc</c> or <c>http/protobuf</c>.</summary>
    /// <value>Null follows <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, whose own default is <c>grpc</c>. With <c>http/protobuf</c> the endpoint is the collector's base address (port 4318); the signal paths are added.</value>
    public string? OtlpProtocol { get; set; }

    /// <summary>Gets or sets whether spans and metrics are written to the console.</summary>
    /// <value>Null means only in the Development environment.</value>
    public bool? ConsoleExporter { get; set; }

    /// <summary>Gets or sets the <c>service.name</c> resource attribute.</summary>
    /// <value>Default <c>complaintbot</c>.</value>
    [Required]
    public string ServiceName { get; set; } = "complaintbot";

    /// <summary>Gets or sets the secret key of the conversation correlation hash (<see cref="ConversationCorrelation"/>).</summary>
    /// <value>Any string; keep it stable, since changing it changes every correlation id. Null uses a built-in key.</value>
    public string? CorrelationKey { get; set; }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(OtlpEndpoint)
            && (!Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult($"OpenTelemetry:OtlpEndpoint '{OtlpEndpoint}' must be an absolute http or https URI.", [nameof(OtlpEndpoint)]);
        }

        if (!string.IsNullOrWhiteSpace(OtlpProtocol) && OtlpProtocol is not ("grpc" or "http/protobuf"))
        {
            yield return new ValidationResult($"OpenTelemetry:OtlpProtocol '{OtlpProtocol}' must be grpc or http/protobuf.", [nameof(OtlpProtocol)]);
        }
    }
}
