using System.Globalization;
using System.Text;
using ComplaintBot.Bench.Load;
using ComplaintBot.Bench.Phases;

namespace ComplaintBot.Bench.Report;

/// <summary>Everything one run measured, written as markdown: the load table, the ratios, the targets and the noise.</summary>
internal sealed class BenchReport
{
    private const double MiB = 1024 * 1024;

    public required BenchSettings Settings { get; init; }

    public IReadOnlyList<ComparisonRow> Rows { get; set; } = [];

    public FirstReplyResult? FirstReply { get; set; }

    public FirstReplyResult? EchoFirstReply { get; set; }

    public StateResult? State { get; set; }

    public SoakResult? Soak { get; set; }

    public string? Micro { get; set; }

    public List<double> LoadAverages { get; } = [];

    public TimeSpan GeneratorCpu { get; set; }

    public TimeSpan Elapsed { get; set; }

    public string ToMarkdown()
    {
        var s = new StringBuilder();
        var settings = Settings;
        Line(s, $"### Load: echo baseline vs. complaint interview ({settings.Mode})");
        Line(s);
        Line(s, $"{Environment.ProcessorCount} cores; {settings.RunDuration.TotalSeconds:F0} s per run, {settings.Rounds} round(s) per bot and concurrency, echo and interview alternating; "
            + "SQLite state; recognizers on; the load generator runs on the same cores. Interviews: complete, by step hints, zh-CN and en-US, two attachments each, summary checked, then confirmed.");
        Line(s);
        Line(s, "| C | bot | turns/s | conv./s | p50 ms | p95 ms | p99 ms | max ms | errors | server CPU ms/turn | load generator CPU ms/turn | RSS MB |");
        Line(s, "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in Rows)
        {
            foreach (var result in new[] { row.Echo, row.Interview })
            {
                Line(s, $"| {row.Concurrency} | {result.Scenario} | {result.TurnsPerSecond:F0} | {result.ConversationsPerSecond:F1} | {result.Log.Percentile(50):F1} | {result.Log.Percentile(95):F1} | "
                    + $"{result.Log.Percentile(99):F1} | {result.Log.Max:F0} | {result.Log.ErrorCount} | {result.CpuMsPerTurn:F2} | {result.GeneratorCpuMsPerTurn:F2} | {result.ServerRssBytes / MiB:F0} |");
            }
        }

        Line(s);
        Line(s, "| C | turns/s interview ÷ echo | per round | p99 interview ÷ echo | CPU/turn interview ÷ echo | turns per interview |");
        Line(s, "|---:|---:|---|---:|---:|---:|");
        foreach (var row in Rows)
        {
            var perRound = string.Join(" / ", row.RoundThroughputRatios.Select(r => Percent(r)));
            var turnsPerInterview = row.Interview.Log.Conversations == 0 ? double.NaN : (double)row.Interview.Log.Turns / row.Interview.Log.Conversations;
            Line(s, $"| {row.Concurrency} | {Percent(row.ThroughputRatio)} | {perRound} | {row.P99Ratio:F2}× | {row.Interview.CpuMsPerTurn / row.Echo.CpuMsPerTurn:F1}× | {turnsPerInterview:F1} |");
        }

        Line(s);
        WriteSteps(s);
        WriteTargets(s);
        WriteErrors(s);
        Line(s);
        Line(s, $"Noise: load average {string.Join(" → ", LoadAverages.Select(l => l.ToString("F1", CultureInfo.InvariantCulture)))} on {Environment.ProcessorCount} cores during the run; "
            + $"the load generator itself used {GeneratorCpu.TotalSeconds:F0} s of CPU in {Elapsed.TotalSeconds:F0} s. Compare ratios, not absolute numbers, and read the per-round spread as the error bar.");
        if (Micro is not null)
        {
            Line(s);
            Line(s, "### Micro-benchmarks");
            Line(s);
            s.Append(Micro.Trim()).AppendLine();
        }

        return s.ToString();
    }

    /// <summary>Where the interview's time goes at the highest concurrency: which steps make the tail.</summary>
    private void WriteSteps(StringBuilder s)
    {
        if (Rows.Count == 0)
        {
            return;
        }

        var top = Rows[^1];
        Line(s, $"Interview turns by step at C={top.Concurrency}, slowest p99 first (the echo bot's p99: {top.Echo.Log.Percentile(99):F1} ms):");
        Line(s);
        Line(s, "| step | turns | share of turns | share of time | p50 ms | p99 ms | share of the turns over the p99 |");
        Line(s, "|---|---:|---:|---:|---:|---:|---:|");
        foreach (var step in top.Interview.Log.ByStep())
        {
            Line(s, $"| {step.Step} | {step.Turns} | {Percent(step.TurnShare)} | {Percent(step.TimeShare)} | {step.P50Ms:F1} | {step.P99Ms:F1} | {Percent(step.TailShare)} |");
        }

        Line(s);
    }

    private void WriteTargets(StringBuilder s)
    {
        Line(s, "| target | measured | |");
        Line(s, "|---|---|---|");
        var top = Rows.Count == 0 ? null : Rows[^1];
        if (top is not null)
        {
            Line(s, $"| interview turns/s ≥ 60 % of echo at C={top.Concurrency} | {Percent(top.ThroughputRatio)} | {Verdict(top.ThroughputRatio >= 0.6)} |");
            Line(s, $"| p99 ≤ 2× echo p99 at C={top.Concurrency} | {top.P99Ratio:F2}× ({top.Interview.Log.Percentile(99):F0} ms vs {top.Echo.Log.Percentile(99):F0} ms) | {Verdict(top.P99Ratio <= 2)} |");
        }

        if (FirstReply is { FirstReplies.Count: > 0 } first)
        {
            var median = FirstReplyResult.Median(first.FirstReplies);
            var echo = EchoFirstReply is { FirstReplies.Count: > 0 } e ? $"; echo bot {FirstReplyResult.Median(e.FirstReplies).TotalSeconds:F2} s" : string.Empty;
            Line(s, $"| first reply after process start < 1.5 s | median {median.TotalSeconds:F2} s of {first.FirstReplies.Count} starts ({Seconds(first.FirstReplies)}){echo}; "
                + $"first recognizer turn after it {Milliseconds(first.FirstRecognizerTurns)} | {Verdict(median.TotalSeconds < 1.5)} |");
        }

        if (State is { } state)
        {
            Line(s, $"| state per conversation < 8 KB | at the summary: max {state.MaxConversationBytes / 1024.0:F1} KB, mean {state.MeanConversationBytes / 1024.0:F1} KB ({state.ConversationBytesAtSummary.Count} drafts); "
                + $"user history after one complaint {state.MeanUserBytes / 1024.0:F1} KB | {Verdict(state.MaxConversationBytes < 8 * 1024)} |");
            // The state file is shared by every phase, so the last count covers every interview the host completed.
            var leftover = Soak?.LeftoverConversations ?? (Rows.Count > 0 ? Rows[^1].LeftoverConversations : state.ConversationRowsLeft);
            var completed = Rows.Sum(r => r.Interview.Log.Conversations) + state.ConversationBytesAtSummary.Count + (Soak?.Interviews ?? 0) + (Soak?.SettleInterviews ?? 0);
            Line(s, $"| completed interviews leave no conversation state | {leftover} conversation rows in the state file after about {completed} completed interviews; "
                + $"{state.ConversationRowsLeft} of the {state.ConversationBytesAtSummary.Count} measured drafts still have a row after confirming | {Verdict(leftover == 0)} |");
        }

        if (Soak is { } soak)
        {
            var settled = soak.Settle is { } settle ? $" after {soak.SettleInterviews} in {settle.Elapsed.TotalSeconds:F0} s to settle" : string.Empty;
            Line(s, $"| RSS flat (±10 %) across completed interviews | {soak.Interviews} interviews at C={Settings.SoakConcurrency} in {soak.Run.Elapsed.TotalSeconds:F0} s{settled}: "
                + $"{soak.EarlyRss / MiB:F0} MB → {soak.LateRss / MiB:F0} MB ({soak.Drift * 100:+0;-0;0} %), peak {soak.PeakRss / MiB:F0} MB, {soak.Run.Log.ErrorCount} errors | "
                + $"{Verdict(Math.Abs(soak.Drift) <= 0.10)}{(soak.Interviews < Settings.SoakInterviews ? $" (time budget: {soak.Interviews} of {Settings.SoakInterviews})" : string.Empty)} |");
        }
    }

    private void WriteErrors(StringBuilder s)
    {
        var all = Rows.SelectMany(r => new[] { r.Echo, r.Interview }).Concat(Soak is null ? [] : [Soak.Run]).Concat(Soak?.Settle is { } settle ? [settle] : []).ToList();
        var reasks = all.Sum(r => r.Log.Reasks);
        var errors = TurnLogSnapshot.Combine(all.Select(r => r.Log)).Errors;
        if (reasks == 0 && errors.Count == 0)
        {
            return;
        }

        Line(s);
        Line(s, $"Questions asked again because an answer was not taken: {reasks}.");
        foreach (var (message, count) in errors.OrderByDescending(e => e.Value).Take(10))
        {
            Line(s, $"- {count} × {message}");
        }
    }

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    private static string Percent(double ratio) => (ratio * 100).ToString("F0", CultureInfo.InvariantCulture) + " %";

    private static string Seconds(IEnumerable<TimeSpan> values) => string.Join(", ", values.Select(v => v.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s"));

    private static string Milliseconds(IEnumerable<TimeSpan> values) => string.Join(", ", values.Select(v => v.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms"));

    private static void Line(StringBuilder s, string text = "") => s.Append(text).Append('\n');
}
