using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// The bot's own traces and metrics, under the name <see cref="Name"/>: one span per turn and per evidence file,
/// and counters for turns, interviews, evidence and storage retries. Tags hold only bounded values (channel,
/// activity type, step, reason): never ids, text or file names.
/// </summary>
/// <remarks>
/// The meter comes from the host's <see cref="IMeterFactory"/>, so two hosts in one process (tests) keep their
/// measurements apart; the activity source is process-wide, as spans are.
/// </remarks>
public sealed class ComplaintBotTelemetry
{
    /// <summary>The name of the activity source and the meter; what an exporter subscribes to.</summary>
    public const string Name = "ComplaintBot";

    /// <summary>Metric: turns handled (<c>channel</c>, <c>activity.type</c>, <c>outcome</c>).</summary>
    public const string TurnsMetric = "complaintbot.turns";

    /// <summary>Metric: turn duration in seconds (<c>channel</c>, <c>activity.type</c>, <c>outcome</c>).</summary>
    public const string TurnDurationMetric = "complaintbot.turn.duration";

    /// <summary>Metric: interviews started (<c>channel</c>).</summary>
    public const string InterviewsStartedMetric = "complaintbot.interviews.started";

    /// <summary>Metric: interviews completed, i.e. complaints confirmed and saved (<c>channel</c>).</summary>
    public const string InterviewsCompletedMetric = "complaintbot.interviews.completed";

    /// <summary>Metric: interviews abandoned (<c>channel</c>, <c>step</c>, <c>reason</c>: cancelled, restarted, deleted).</summary>
    public const string InterviewsAbandonedMetric = "complaintbot.interviews.abandoned";

    /// <summary>Metric: evidence files accepted (<c>channel</c>, <c>kind</c>).</summary>
    public const string EvidenceAcceptedMetric = "complaintbot.evidence.accepted";

    /// <summary>Metric: evidence files refused (<c>channel</c>, <c>reason</c>: the intake's refusal code).</summary>
    public const string EvidenceRefusedMetric = "complaintbot.evidence.refused";

    /// <summary>Metric: storage operations retried after a transient failure (<c>provider</c>).</summary>
    public const string StorageRetriesMetric = "complaintbot.storage.retries";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _started;
    private readonly Counter<long> _completed;
    private readonly Counter<long> _abandoned;
    private readonly Counter<long> _evidenceAccepted;
    private readonly Counter<long> _evidenceRefused;
    private readonly Counter<long> _storageRetries;

    /// <summary>Initializes a new instance of the <see cref="ComplaintBotTelemetry"/> class.</summary>
    /// <param name="meterFactory">The host's meter factory.</param>
    public ComplaintBotTelemetry(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        Meter = meterFactory.Create(Name, typeof(ComplaintBotTelemetry).Assembly.GetName().Version?.ToString());
        _turns = Meter.CreateCounter<long>(TurnsMetric, "{turn}", "Turns handled by the bot.");
        _turnDuration = Meter.CreateHistogram(
            TurnDurationMetric,
            "s",
            "Time the bot took for one turn, replies included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30] });
        _started = Meter.CreateCounter<long>(InterviewsStartedMetric, "{interview}", "Interviews started.");
        _completed = Meter.CreateCounter<long>(InterviewsCompletedMetric, "{interview}", "Interviews that ended with a confirmed complaint.");
        _abandoned = Meter.CreateCounter<long>(InterviewsAbandonedMetric, "{interview}", "Interviews cancelled, restarted or deleted, by the step they were at.");
        _evidenceAccepted = Meter.CreateCounter<long>(EvidenceAcceptedMetric, "{file}", "Evidence files accepted.");
        _evidenceRefused = Meter.CreateCounter<long>(EvidenceRefusedMetric, "{file}", "Evidence files refused, by refusal code.");
        _storageRetries = Meter.CreateCounter<long>(StorageRetriesMetric, "{retry}", "State storage operations retried after a transient failure.");
    }

    /// <summary>Gets the source of the bot's spans.</summary>
    public static ActivitySource Source { get; } = new(Name, typeof(ComplaintBotTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>Gets the meter of the bot's metrics.</summary>
    public Meter Meter { get; }

    /// <summary>Records a finished turn.</summary>
    /// <param name="channel">The bounded channel tag (<see cref="TelemetryTags.Channel"/>).</param>
    /// <param name="activityType">The bounded activity type tag.</param>
    /// <param name="outcome"><c>ok</c> or <c>error</c>.</param>
    /// <param name="elapsed">How long the turn took.</param>
    public void TurnFinished(string channel, string activityType, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { TelemetryTags.ChannelKey, channel }, { TelemetryTags.ActivityTypeKey, activityType }, { TelemetryTags.OutcomeKey, outcome } };
        _turns.Add(1, tags);
        _turnDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Records a new interview.</summary>
    /// <param name="channel">The bounded channel tag.</param>
    public void InterviewStarted(string channel) => _started.Add(1, new KeyValuePair<string, object?>(TelemetryTags.ChannelKey, channel));

    /// <summary>Records a confirmed complaint.</summary>
    /// <param name="channel">The bounded channel tag.</param>
    public void InterviewCompleted(string channel) => _completed.Add(1, new KeyValuePair<string, object?>(TelemetryTags.ChannelKey, channel));

    /// <summary>Records an interview given up.</summary>
    /// <param name="channel">The bounded channel tag.</param>
    /// <param name="step">The step hint of the question pending at the time, or <c>none</c>.</param>
    /// <param name="reason"><c>cancelled</c>, <c>restarted</c> or <c>deleted</c>.</param>
    public void InterviewAbandoned(string channel, string step, string reason) =>
        _abandoned.Add(1, new TagList { { TelemetryTags.ChannelKey, channel }, { TelemetryTags.StepKey, step }, { TelemetryTags.ReasonKey, reason } });

    /// <summary>Records an accepted evidence file.</summary>
    /// <param name="channel">The bounded channel tag.</param>
    /// <param name="kind">The evidence kind (photo, chat, ...).</param>
    public void EvidenceAccepted(string channel, string kind) =>
        _evidenceAccepted.Add(1, new TagList { { TelemetryTags.ChannelKey, channel }, { TelemetryTags.KindKey, kind } });

    /// <summary>Records a refused evidence file.</summary>
    /// <param name="channel">The bounded channel tag.</param>
    /// <param name="reason">The intake's refusal code.</param>
    public void EvidenceRefused(string channel, string reason) =>
        _evidenceRefused.Add(1, new TagList { { TelemetryTags.ChannelKey, channel }, { TelemetryTags.ReasonKey, reason } });

    /// <summary>Records one retry of a storage operation.</summary>
    /// <param name="provider"><c>sqlite</c> or <c>blob</c>.</param>
    public void StorageRetried(string provider) => _storageRetries.Add(1, new KeyValuePair<string, object?>(TelemetryTags.ProviderKey, provider));
}
