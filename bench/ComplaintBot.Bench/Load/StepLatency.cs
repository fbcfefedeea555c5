namespace ComplaintBot.Bench.Load;

/// <summary>The latency of the turns that answered one step: how many, their share of all turns and of all time, p50 and p99.</summary>
internal sealed record StepLatency(string Step, int Turns, double TurnShare, double TimeShare, double P50Ms, double P99Ms)
{
    public static StepLatency Of(string step, double[] latenciesMs, int allTurns, double allMs)
    {
        var sorted = latenciesMs.Order().ToArray();
        return new StepLatency(step, sorted.Length, (double)sorted.Length / allTurns, sorted.Sum() / allMs, TurnLogSnapshot.Rank(sorted, 50), TurnLogSnapshot.Rank(sorted, 99));
    }
}
