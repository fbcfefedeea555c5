using ComplaintBot.Bench.Load;

namespace ComplaintBot.Bench.Phases;

/// <summary>Echo and interview at one concurrency: pooled over the rounds, plus each round for the spread of the ratios.</summary>
internal sealed record ComparisonRow(
    int Concurrency,
    LoadResult Echo,
    LoadResult Interview,
    IReadOnlyList<LoadResult> EchoRounds,
    IReadOnlyList<LoadResult> InterviewRounds,
    int LeftoverConversations)
{
    public double ThroughputRatio => Interview.TurnsPerSecond / Echo.TurnsPerSecond;

    public double P99Ratio => Interview.Log.Percentile(99) / Echo.Log.Percentile(99);

    public IEnumerable<double> RoundThroughputRatios => EchoRounds.Zip(InterviewRounds, (e, i) => i.TurnsPerSecond / e.TurnsPerSecond);
}
