using ComplaintBot.Bot.Turns;
using ComplaintBot.Dialogs.Evidence;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>Adds traces, metrics and turn-scoped logs to the host.</summary>
public static class TelemetryHostExtensions
{
    /// <summary>
    /// Registers the bot's instruments and wraps the bot and the evidence intake to feed them. Call after the bot
    /// and the evidence intake are registered. Exporters follow <see cref="TelemetryExporters.Choose"/>; with none,
    /// the OpenTelemetry SDK is not started and the instruments cost next to nothing.
    /// </summary>
    /// <param name="builder">The web application builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddComplaintBotTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var section = builder.Configuration.GetSection(TelemetryOptions.SectionName);
        services.AddOptions<TelemetryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<ComplaintBotTelemetry>();
        services.TryAddSingleton<ConversationCorrelation>();
        services.TryAddSingleton<InterviewLifecycle>();
        services.TryAddSingleton<IConversationStateWitness>(sp => sp.GetRequiredService<InterviewLifecycle>());
        var instrumented = ActivatorUtilities.CreateFactory<InstrumentedBot>([typeof(IBot)]);
        services.Decorate<IBot>((bot, sp) => instrumented(sp, [bot]));
        services.Decorate<IEvidenceIntake>((intake, sp) => new InstrumentedEvidenceIntake(intake, sp.GetRequiredService<ComplaintBotTelemetry>()));

        // The retry counter must not depend on the log levels an operator chose for the storage categories.
        builder.Logging.Services.AddSingleton<ILoggerProvider, StorageRetryObserver>();
        builder.Logging.AddFilter<StorageRetryObserver>(StorageRetryObserver.SqliteCategory, LogLevel.Warning);
        builder.Logging.AddFilter<StorageRetryObserver>(StorageRetryObserver.BlobCategory, LogLevel.Warning);

        var options = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        var exporters = TelemetryExporters.Choose(options, builder.Configuration, builder.Environment.IsDevelopment());
        if (!exporters.Any)
        {
            return builder;
        }

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName, serviceVersion: typeof(TelemetryHostExtensions).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing =>
            {
                tracing.AddComplaintBotInstrumentation();
                if (exporters.Otlp)
                {
                    tracing.AddOtlpExporter(otlp => ConfigureOtlp(otlp, options, "v1/traces"));
                }

                if (exporters.Console)
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddComplaintBotInstrumentation();
                if (exporters.Otlp)
                {
                    metrics.AddOtlpExporter(otlp => ConfigureOtlp(otlp, options, "v1/metrics"));
                }

                if (exporters.Console)
                {
                    metrics.AddConsoleExporter();
                }
            });

        // Logs already reach the console through the default logger; OTLP gets them too, with the turn scope.
        if (exporters.Otlp)
        {
            telemetry.WithLogging(logging => logging.AddOtlpExporter(otlp => ConfigureOtlp(otlp, options, "v1/logs")), logging => logging.IncludeScopes = true);
        }

        return builder;
    }

    private static void ConfigureOtlp(OtlpExporterOptions otlp, TelemetryOptions options, string signalPath)
    {
        if (!string.IsNullOrWhiteSpace(options.OtlpProtocol))
        {
            otlp.Protocol = options.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        }

        if (!string.IsNullOrWhiteSpace(options.OtlpEndpoint))
        {
            // An endpoint set in code is used as is; over HTTP it must name the signal's path, which the standard variable adds itself.
            var endpoint = options.OtlpEndpoint.TrimEnd('/');
            otlp.Endpoint = new Uri(otlp.Protocol == OtlpExportProtocol.HttpProtobuf ? $"{endpoint}/{signalPath}" : endpoint);
        }
    }
}
