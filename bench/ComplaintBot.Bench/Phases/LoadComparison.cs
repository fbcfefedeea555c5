using ComplaintBot.Bench.Load;
using ComplaintBot.Bench.Scenarios;
using ComplaintBot.Bench.Servers;
using ComplaintBot.Bench.State;

namespace ComplaintBot.Bench.Phases;

/// <summary>
/// The echo baseline and the interview at each concurrency, alternating run by run (and swapping which goes
/// first every round) so that load from other work on the machine falls on both about equally.
/// </summary>
internal static class LoadComparison
{
    public static async Task<IReadOnlyList<ComparisonRow>> RunAsync(
        BenchEnvironment env, BenchSettings settings, BotServer echo, BotServer bot, Action<string> report)
    {
        var echoConnection = new BotConnection(env.Http, echo.BaseAddress);
        var botConnection = new BotConnection(env.Http, bot.BaseAddress);
        var echoScenario = Scenario.Echo(env.Files, env.Clock);
        var interviewScenario = Scenario.Interviews(env.Files, env.Clock);
        var state = new StateInspector(BenchEnvironment.DatabaseOf(bot));

        // JIT, connection pools, SQLite pages and the recognizers' caches: none of it is what the table is about.
        await LoadRun.RunAsync(echo, echoConnection, echoScenario, 8, settings.WarmUp, settings.MaxConversationsPerRun, settings.Seed - 1);
        var warm = await LoadRun.RunAsync(bot, botConnection, interviewScenario, 8, settings.WarmUp, settings.MaxConversationsPerRun, settings.Seed - 1);
        report($"warm-up: {warm.Log.Conversations} interviews, {warm.Log.ErrorCount} errors{FirstError(warm)}");

        var rows = new List<ComparisonRow>();
        foreach (var c in settings.Concurrency)
        {
            var echoRuns = new List<LoadResult>();
            var interviewRuns = new List<LoadResult>();
            for (var round = 0; round < settings.Rounds; round++)
            {
                var seed = settings.Seed + (c * 100) + round;
                async Task RunEcho() => echoRuns.Add(await LoadRun.RunAsync(echo, echoConnection, echoScenario, c, settings.RunDuration, settings.MaxConversationsPerRun, seed));
                async Task RunInterview() => interviewRuns.Add(await LoadRun.RunAsync(bot, botConnection, interviewScenario, c, settings.RunDuration, settings.MaxConversationsPerRun, seed));
                if (round % 2 == 0)
                {
                    await RunEcho();
                    await RunInterview();
                }
                else
                {
                    await RunInterview();
                    await RunEcho();
                }

                report($"C={c} round {round + 1}: echo {echoRuns[^1].TurnsPerSecond:F0} turns/s, interview {interviewRuns[^1].TurnsPerSecond:F0} turns/s"
                    + $" ({interviewRuns[^1].Log.Conversations} interviews, {interviewRuns[^1].Log.ErrorCount} errors{FirstError(interviewRuns[^1])})");
            }

            var leftover = (await state.ReadAsync()).Conversations.Count;
            rows.Add(new ComparisonRow(c, LoadResult.Combine(echoRuns), LoadResult.Combine(interviewRuns), echoRuns, interviewRuns, leftover));
        }

        return rows;
    }

    private static string FirstError(LoadResult result) =>
        result.Log.Errors.Count == 0 ? string.Empty : "; first: " + result.Log.Errors.First().Key;
}
