using ComplaintBot.Bench.Load;
using ComplaintBot.Bench.Scenarios;
using ComplaintBot.Bench.Servers;
using ComplaintBot.Bench.State;

namespace ComplaintBot.Bench.Phases;

/// <summary>
/// Memory over many completed interviews: after <see cref="BenchSettings.SoakSettle"/> at the soak's concurrency,
/// complete interviews at that concurrency until the interview budget or the time budget is spent, sampling the
/// host's RSS every second against the interviews completed.
/// </summary>
internal static class SoakRun
{
    public static async Task<SoakResult> RunAsync(BenchEnvironment env, BenchSettings settings, BotServer bot)
    {
        var connection = new BotConnection(env.Http, bot.BaseAddress);
        var settle = settings.SoakSettle > TimeSpan.Zero
            ? await LoadRun.RunAsync(
                bot, connection, Scenario.Interviews(env.Files, env.Clock), settings.SoakConcurrency, settings.SoakSettle, settings.MaxConversationsPerRun, settings.Seed + 6, new TurnLog())
            : null;
        var log = new TurnLog();
        var samples = new List<(int Completed, long RssBytes)> { (0, bot.Stats().RssBytes) };
        var run = LoadRun.RunAsync(
            bot, connection, Scenario.Interviews(env.Files, env.Clock), settings.SoakConcurrency, settings.SoakDuration, settings.SoakInterviews, settings.Seed + 7, log);
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(1)));
            samples.Add((log.CompletedCount, bot.Stats().RssBytes));
        }

        var result = await run;
        var leftover = (await new StateInspector(BenchEnvironment.DatabaseOf(bot)).ReadAsync()).Conversations.Count;
        return new SoakResult(result, samples, leftover, settle);
    }
}
