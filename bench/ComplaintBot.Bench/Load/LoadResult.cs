namespace ComplaintBot.Bench.Load;

/// <summary>
/// One load run against one server: what the client saw, what the server process spent and what the load generator
/// itself spent (it shares the cores with the server, so its cost per turn is part of reading the ratios).
/// </summary>
internal sealed record LoadResult(
    string Scenario, int Concurrency, TimeSpan Elapsed, TurnLogSnapshot Log, TimeSpan ServerCpu, long ServerRssBytes, TimeSpan GeneratorCpu)
{
    public double TurnsPerSecond => Log.Turns / Elapsed.TotalSeconds;

    public double ConversationsPerSecond => Log.Conversations / Elapsed.TotalSeconds;

    public double CpuMsPerTurn => Log.Turns == 0 ? double.NaN : ServerCpu.TotalMilliseconds / Log.Turns;

    public double GeneratorCpuMsPerTurn => Log.Turns == 0 ? double.NaN : GeneratorCpu.TotalMilliseconds / Log.Turns;

    /// <summary>Pools the rounds of one scenario at one concurrency into one result (sums; RSS of the last round).</summary>
    public static LoadResult Combine(IReadOnlyList<LoadResult> rounds) => new(
        rounds[0].Scenario,
        rounds[0].Concurrency,
        TimeSpan.FromTicks(rounds.Sum(r => r.Elapsed.Ticks)),
        TurnLogSnapshot.Combine(rounds.Select(r => r.Log)),
        TimeSpan.FromTicks(rounds.Sum(r => r.ServerCpu.Ticks)),
        rounds[^1].ServerRssBytes,
        TimeSpan.FromTicks(rounds.Sum(r => r.GeneratorCpu.Ticks)));
}
