using System.Diagnostics;
using ComplaintBot.Bench.Scenarios;
using ComplaintBot.Bench.Servers;

namespace ComplaintBot.Bench.Load;

/// <summary>
/// C workers, each running complete conversations one after another until the run's time is up or its
/// conversation budget is spent. A conversation that has started is always finished (bounded by its own turn
/// limit and the HTTP timeout), so an interview run leaves no half-done interview behind.
/// </summary>
internal static class LoadRun
{
    public static async Task<LoadResult> RunAsync(
        BotServer server, BotConnection connection, Scenario scenario, int concurrency, TimeSpan duration, int maxConversations, int seed,
        TurnLog? log = null)
    {
        log ??= new TurnLog();
        var started = 0;
        var before = server.Stats();
        var generatorBefore = ProcessStats.Read(Environment.ProcessId).CpuTime;
        var clock = Stopwatch.StartNew();

        async Task Worker(int index)
        {
            var random = new Random(HashCode.Combine(seed, index));
            while (clock.Elapsed < duration && Interlocked.Increment(ref started) <= maxConversations)
            {
                try
                {
                    await scenario.Next(connection, log, random).RunAsync(CancellationToken.None);
                    log.Completed();
                }
                catch (TurnFailedException ex)
                {
                    log.Error(ex.Message);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(i => Task.Run(() => Worker(i))));
        var elapsed = clock.Elapsed;
        var after = server.Stats();
        var generatorCpu = ProcessStats.Read(Environment.ProcessId).CpuTime - generatorBefore;
        return new LoadResult(scenario.Name, concurrency, elapsed, log.Snapshot(), after.CpuTime - before.CpuTime, after.RssBytes, generatorCpu);
    }
}
