namespace ComplaintBot.Bench.Load;

/// <summary>The latency of the turns that answered one step: how many, their share of all turns and of all time, p50 and p99,
/// and their share of the turns slower than the p99 of all turns.</summary>
internal sealed record StepLatency(string Step, int Turns, double TurnShare, double TimeShare, double P50Ms, double P99Ms, double TailShare)
{
    /// <summary>The step's turns measured against all of them.</summary>
    /// <param name="step">The step.</param>
    /// <param name="latenciesMs">The step's turns.</param>
    /// <param name="allTurns">How many turns there were in all.</param>
    /// <param name="allMs">Their time in all.</param>
    /// <param name="tail">The turns slower than every turn's p99, in all: the step's share of them says how much of
    /// the tail it makes.</param>
    /// <param name="tailFromMs">Every turn's p99.</param>
    public static StepLatency Of(string step, double[] latenciesMs, int allTurns, double allMs, int tail, double tailFromMs)
    {
        var sorted = latenciesMs.Order().ToArray();
        var inTail = sorted.Count(ms => ms > tailFromMs);
        return new StepLatency(step, sorted.Length, (double)sorted.Length / allTurns, sorted.Sum() / allMs, TurnLogSnapshot.Rank(sorted, 50),
            TurnLogSnapshot.Rank(sorted, 99), tail == 0 ? 0 : (double)inTail / tail);
    }
}
