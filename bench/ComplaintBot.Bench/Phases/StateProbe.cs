using ComplaintBot.Bench.Load;
using ComplaintBot.Bench.Scenarios;
using ComplaintBot.Bench.Servers;
using ComplaintBot.Bench.State;

namespace ComplaintBot.Bench.Phases;

/// <summary>
/// State size: interviews stopped at their summary (the fullest draft: every fact, two evidence items, the
/// review) have their conversation rows measured in the SQLite file; then they are confirmed and their rows
/// must be gone. The user rows (complaint history, which outlives the conversation by design) are measured too.
/// </summary>
internal static class StateProbe
{
    public static async Task<StateResult> RunAsync(BenchEnvironment env, BotServer bot, int samples, int seed)
    {
        var connection = new BotConnection(env.Http, bot.BaseAddress);
        var scenario = Scenario.Interviews(env.Files, env.Clock);
        var log = new TurnLog();
        var random = new Random(seed);
        var interviews = Enumerable.Range(0, samples).Select(_ => scenario.NextInterview(connection, log, random, stopAtSummary: true)).ToList();
        await Task.WhenAll(interviews.Select(i => i.Session.RunAsync(CancellationToken.None)));

        var inspector = new StateInspector(BenchEnvironment.DatabaseOf(bot));
        var atSummary = (await inspector.ReadAsync()).ConversationSizes(interviews.Select(i => i.Conversation.Id));

        // Kept beside the servers' logs: what a full draft's state looks like (the storage micro-benchmark's sample).
        var sample = await inspector.JsonOfAsync("emulator/conversations/" + interviews[0].Conversation.Id);
        await File.WriteAllTextAsync(Path.Combine(env.Scratch, "state-at-summary.json"), sample ?? string.Empty);
        await Task.WhenAll(interviews.Select(i => i.Session.ConfirmAsync(CancellationToken.None)));

        var after = await inspector.ReadAsync();
        var left = after.ConversationSizes(interviews.Select(i => i.Conversation.Id)).Count;
        var userKeys = interviews.Select(i => i.Conversation.UserId).ToHashSet(StringComparer.Ordinal);
        var users = after.Users.Where(row => userKeys.Contains(row.Key[(row.Key.LastIndexOf('/') + 1)..])).Select(row => row.Value).ToList();
        return new StateResult(atSummary, left, users);
    }
}
