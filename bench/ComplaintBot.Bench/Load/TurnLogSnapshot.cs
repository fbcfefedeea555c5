namespace ComplaintBot.Bench.Load;

/// <summary>A copy of a <see cref="TurnLog"/>, with the latency percentiles computed from every turn (no sampling).</summary>
internal sealed record TurnLogSnapshot(double[] LatenciesMs, string[] Steps, int Conversations, int Reasks, IReadOnlyDictionary<string, int> Errors)
{
    public int Turns => LatenciesMs.Length;

    public int ErrorCount => Errors.Values.Sum();

    public double Percentile(double p)
    {
        if (LatenciesMs.Length == 0)
        {
            return double.NaN;
        }

        return Rank([.. LatenciesMs.Order()], p);
    }

    /// <summary>The nearest-rank percentile of latencies already sorted (at least one).</summary>
    public static double Rank(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>The turns grouped by what they answered, slowest p99 first.</summary>
    public IReadOnlyList<StepLatency> ByStep()
    {
        var allMs = LatenciesMs.Sum();
        var p99 = Percentile(99);
        var tail = LatenciesMs.Count(ms => ms > p99);
        return [.. LatenciesMs.Zip(Steps)
            .GroupBy(turn => turn.Second, turn => turn.First, StringComparer.Ordinal)
            .Select(group => StepLatency.Of(group.Key, [.. group], LatenciesMs.Length, allMs, tail, p99))
            .OrderByDescending(step => step.P99Ms)];
    }

    public double Max => LatenciesMs.Length == 0 ? double.NaN : LatenciesMs.Max();

    /// <summary>Pools several runs into one, as if they had been one longer run.</summary>
    public static TurnLogSnapshot Combine(IEnumerable<TurnLogSnapshot> runs)
    {
        var list = runs.ToList();
        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (message, count) in list.SelectMany(r => r.Errors))
        {
            errors[message] = errors.GetValueOrDefault(message) + count;
        }

        return new TurnLogSnapshot([.. list.SelectMany(r => r.LatenciesMs)], [.. list.SelectMany(r => r.Steps)], list.Sum(r => r.Conversations), list.Sum(r => r.Reasks), errors);
    }
}
