using System.Diagnostics;
using ComplaintBot.Bench.Load;
using ComplaintBot.Bench.Scenarios;
using ComplaintBot.Bench.Servers;

namespace ComplaintBot.Bench.Phases;

/// <summary>
/// Cold start: starts a fresh host process, sends "你好" as soon as the port accepts connections, and times from
/// the process start to that first reply. Then, still cold, one message that needs the text recognizers (order
/// number, relative date, amount, problem in one sentence), which must not pay for building their models.
/// </summary>
internal static class FirstReplyProbe
{
    private const string SlotFillingMessage = "订单号1944822463412702309，上周三在暖禾家电旗舰店买的电热水壶，实付129元，烧水时壶底漏水";

    public static async Task<FirstReplyResult> RunAsync(BenchEnvironment env, int starts, bool echo)
    {
        var firstReplies = new List<TimeSpan>();
        var recognizerTurns = new List<TimeSpan>();
        for (var i = 0; i < starts; i++)
        {
            using var server = echo ? env.StartEchoBot("cold-echo") : env.StartComplaintBot("cold");
            var connection = new BotConnection(env.Http, server.BaseAddress);
            var log = new TurnLog();
            await FirstReplyAsync(server, new Conversation(connection, log, "zh-CN", env.Files.BaseAddress));
            firstReplies.Add(Stopwatch.GetElapsedTime(server.StartedTimestamp));
            if (!echo)
            {
                var started = Stopwatch.GetTimestamp();
                var replies = await new Conversation(connection, log, "zh-CN", env.Files.BaseAddress).SayAsync(SlotFillingMessage, CancellationToken.None);
                recognizerTurns.Add(Stopwatch.GetElapsedTime(started));
                if (Replies.LastStep(replies) is null)
                {
                    throw new TurnFailedException("The slot-filling message got no question back: " + Replies.Text(replies));
                }
            }
        }

        return new FirstReplyResult(firstReplies, recognizerTurns);
    }

    private static async Task FirstReplyAsync(BotServer server, Conversation conversation)
    {
        var deadline = Stopwatch.GetTimestamp() + (30 * Stopwatch.Frequency);
        while (true)
        {
            try
            {
                await conversation.SayAsync("你好", CancellationToken.None);
                return;
            }
            catch (TurnFailedException ex) when (ex.InnerException is HttpRequestException && !server.HasExited && Stopwatch.GetTimestamp() < deadline)
            {
                // Not listening yet: retried at once, so the measurement ends within milliseconds of the port opening.
                await Task.Delay(5);
            }
        }
    }
}
