using System.Diagnostics;
using ComplaintBot.Dialogs.Evidence;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// Wraps the evidence intake: one <c>evidence.intake</c> span per file, and the accepted/refused counters by
/// kind and refusal code. The intake itself stays unaware of telemetry.
/// </summary>
/// <param name="inner">The real intake.</param>
/// <param name="telemetry">The bot's instruments.</param>
public sealed class InstrumentedEvidenceIntake(IEvidenceIntake inner, ComplaintBotTelemetry telemetry) : IEvidenceIntake
{
    /// <summary>The name of the span around one file.</summary>
    public const string SpanName = "evidence.intake";

    /// <inheritdoc />
    public EvidenceLimits? Limits => inner.Limits;

    /// <inheritdoc />
    public async Task<EvidenceIntakeResult> AcceptAsync(EvidenceIntakeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var channel = TelemetryTags.Channel(request.ChannelId);
        using var span = ComplaintBotTelemetry.Source.StartActivity(SpanName, ActivityKind.Internal);
        span?.SetTag(TelemetryTags.ChannelKey, channel);
        try
        {
            var result = await inner.AcceptAsync(request, cancellationToken).ConfigureAwait(false);
            if (result.Item is { } item)
            {
                var kind = item.Kind.ToString().ToLowerInvariant();
                telemetry.EvidenceAccepted(channel, kind);
                span?.SetTag(TelemetryTags.OutcomeKey, "accepted").SetTag(TelemetryTags.KindKey, kind);
            }
            else
            {
                // Refusal codes are a fixed list of the intake's own; anything else still counts, as "other".
                var reason = string.IsNullOrEmpty(result.RefusalCode) || result.RefusalCode.Length > 40 ? TelemetryTags.Other : result.RefusalCode;
                telemetry.EvidenceRefused(channel, reason);
                span?.SetTag(TelemetryTags.OutcomeKey, "refused").SetTag(TelemetryTags.ReasonKey, reason);
            }

            return result;
        }
        catch (Exception exception) when (span is not null)
        {
            span.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            throw;
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string complaintId, CancellationToken cancellationToken) => inner.DeleteAsync(complaintId, cancellationToken);
}
