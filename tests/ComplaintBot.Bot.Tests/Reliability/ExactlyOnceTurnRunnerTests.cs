using ComplaintBot.Bot.State;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage;
using ComplaintBot.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Reliability;

public sealed class ExactlyOnceTurnRunnerTests
{
    [Fact]
    public async Task OnTurnAsync_AnotherInstanceWritesDuringTheFirstRun_RerunsAndSendsOnlyTheWinningRunsMessages()
    {
        RunnerHarness? harness = null;
        harness = new RunnerHarness(async (context, run) =>
        {
            var answers = harness!.ConversationState.CreateProperty<List<string>>("Answers");
            var list = await answers.GetAsync(context, () => []);
            list.Add(context.Activity.Text + "@run" + run);
            await answers.SetAsync(context, list);
            await context.SendActivityAsync("reply from run " + run);
            if (run == 1)
            {
                await WriteBehindTheRunnersBackAsync(harness, "other-instance");
            }
        });

        await harness.RunAsync(RunnerHarness.Message("a", "1"));

        var sent = harness.Sent();
        Assert.Equal(["reply from run 2"], sent.Select(a => ((Activity)a).Text));
        var stored = (JObject)(await harness.Storage.ReadAsync([RunnerHarness.ConversationKey]))[RunnerHarness.ConversationKey];
        Assert.Equal(["other-instance", "a@run2"], stored["Answers"]!.Values<string>());
    }

    [Fact]
    public async Task OnTurnAsync_ARunRewritesTheActivity_TheRerunAndTheTurnSeeItAsReceived()
    {
        RunnerHarness? harness = null;
        var seen = new List<string?>();
        harness = new RunnerHarness(async (context, run) =>
        {
            seen.Add(context.Activity.Text);
            context.Activity.Text = "rewritten by run " + run;
            context.Activity.Locale = "en-US";
            await harness!.ConversationState.CreateProperty<string>("Last").SetAsync(context, context.Activity.Text);
            if (run == 1)
            {
                await WriteBehindTheRunnersBackAsync(harness, "other-instance");
            }
        });
        var received = RunnerHarness.Message("原文", "1");
        received.Locale = "zh-CN";

        var turn = await harness.RunAsync(received);

        Assert.Equal(["原文", "原文"], seen);
        Assert.Equal("原文", turn.Activity.Text);
        Assert.Equal("zh-CN", turn.Activity.Locale);
    }

    [Fact]
    public async Task OnTurnAsync_ExpectRepliesAndAConflict_BufferedRepliesHoldOnlyTheWinningRun()
    {
        RunnerHarness? harness = null;
        harness = new RunnerHarness(async (context, run) =>
        {
            await context.SendActivityAsync("reply from run " + run);
            await harness!.ConversationState.CreateProperty<int>("Runs").SetAsync(context, run);
            if (run == 1)
            {
                await WriteBehindTheRunnersBackAsync(harness, "other-instance");
            }
        });

        var turn = await harness.RunAsync(RunnerHarness.Message("a", "1", expectReplies: true));

        Assert.Equal(["reply from run 2"], ((TurnContext)turn).BufferedReplyActivities.Select(a => a.Text));
        Assert.Empty(harness.Sent());
    }

    [Fact]
    public async Task OnTurnAsync_ConflictOnEveryRun_ThrowsTurnNotCommittedAndSendsNothing()
    {
        RunnerHarness? harness = null;
        harness = new RunnerHarness(
            async (context, run) =>
            {
                await context.SendActivityAsync("reply from run " + run);
                await harness!.ConversationState.CreateProperty<int>("Runs").SetAsync(context, run);
                await WriteBehindTheRunnersBackAsync(harness, "other-" + run);
            },
            maxAttempts: 3);

        var error = await Assert.ThrowsAsync<TurnNotCommittedException>(() => harness.RunAsync(RunnerHarness.Message("a", "1")));

        Assert.IsType<StorageConcurrencyException>(error.InnerException);
        Assert.Empty(harness.Sent());
        var stored = (JObject)(await harness.Storage.ReadAsync([RunnerHarness.ConversationKey]))[RunnerHarness.ConversationKey];
        Assert.Null(stored["Runs"]);
    }

    [Fact]
    public async Task OnTurnAsync_SameActivityDeliveredTwice_RunsOnce()
    {
        var runs = 0;
        var harness = new RunnerHarness(async (context, run) =>
        {
            runs++;
            await context.SendActivityAsync("reply");
        });

        await harness.SeedConversationAsync();
        await harness.RunAsync(RunnerHarness.Message("a", "42"));
        await harness.RunAsync(RunnerHarness.Message("a", "42"));

        Assert.Equal(1, runs);
        Assert.Single(harness.Sent());
    }

    [Fact]
    public async Task OnTurnAsync_SameIdWithOtherContent_RunsAgain()
    {
        var runs = 0;
        var harness = new RunnerHarness((context, run) =>
        {
            runs++;
            return Task.CompletedTask;
        });

        await harness.SeedConversationAsync();
        await harness.RunAsync(RunnerHarness.Message("a", "42"));
        await harness.RunAsync(RunnerHarness.Message("b", "42"));

        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task OnTurnAsync_TypingDuringTheRun_GoesOutBeforeTheCommitWhileMessagesWait()
    {
        RunnerHarness? harness = null;
        List<string>? seenDuringRun = null;
        harness = new RunnerHarness(async (context, run) =>
        {
            await context.SendActivityAsync(new Activity(ActivityTypes.Typing));
            await context.SendActivityAsync("answer");
            seenDuringRun = harness!.Adapter.ActiveQueue.Select(a => a.Type).ToList();
        });

        await harness.SeedConversationAsync();
        await harness.RunAsync(RunnerHarness.Message("a", "1"));

        Assert.Equal([ActivityTypes.Typing], seenDuringRun);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], harness.Sent().Select(a => a.Type));
    }

    [Fact]
    public async Task OnTurnAsync_NewConversation_OneRunCreatesItsState()
    {
        var runs = 0;
        RunnerHarness? harness = null;
        harness = new RunnerHarness(async (context, run) =>
        {
            runs = run;
            await harness!.ConversationState.CreateProperty<int>("Runs").SetAsync(context, run);
            await context.SendActivityAsync("reply from run " + run);
        });

        await harness.RunAsync(RunnerHarness.Message("a", "1"));

        Assert.Equal(1, runs);
        Assert.Equal(["reply from run 1"], harness.Sent().Select(a => ((Activity)a).Text));
        var stored = (JObject)(await harness.Storage.ReadAsync([RunnerHarness.ConversationKey]))[RunnerHarness.ConversationKey];
        Assert.Equal(1, (int)stored["Runs"]!);
    }

    [Fact]
    public async Task OnTurnAsync_FirstTurnOfNewConversationAndUser_OneReadAndOneWritePerState()
    {
        CountingStorage? counting = null;
        RunnerHarness? harness = null;
        harness = new RunnerHarness(
            async (context, run) =>
            {
                await harness!.UserState.CreateProperty<List<string>>("History").SetAsync(context, ["complaint-1"]);
                await harness.ConversationState.CreateProperty<string>("Step").SetAsync(context, "order");
                await context.SendActivityAsync("saved");
            },
            wrap: inner => counting = new CountingStorage(inner));

        await harness.RunAsync(RunnerHarness.Message("a", "1"));

        Assert.Equal(
            [
                "read " + RunnerHarness.ConversationKey,
                "read " + RunnerHarness.UserKey,
                "write " + RunnerHarness.UserKey,
                "write " + RunnerHarness.ConversationKey,
            ],
            counting!.Calls);
        Assert.Single(harness.Sent());
        var stored = await harness.Storage.ReadAsync([RunnerHarness.ConversationKey, RunnerHarness.UserKey]);
        Assert.Equal(["complaint-1"], ((JObject)stored[RunnerHarness.UserKey])["History"]!.Values<string>());
        Assert.Single(((JObject)stored[RunnerHarness.ConversationKey])[TurnLedger.Property]!["Recent"]!);
    }

    [Fact]
    public async Task OnTurnAsync_TurnLeavesNothingButTheLedger_DeletesTheConversationStateItRead()
    {
        CountingStorage? counting = null;
        RunnerHarness? harness = null;
        harness = new RunnerHarness(
            async (context, run) =>
            {
                // The interview finished: the bot forgets everything it kept for the conversation.
                await harness!.ConversationState.CreateProperty<bool>(RunnerHarness.InProgressProperty).DeleteAsync(context);
                await context.SendActivityAsync("done");
            },
            wrap: inner => counting = new CountingStorage(inner));
        await harness.SeedConversationAsync();
        await harness.RunAsync(RunnerHarness.Message("earlier", "1"));

        await harness.RunAsync(RunnerHarness.Message("confirm", "2"));

        Assert.Empty(await harness.Storage.ReadAsync([RunnerHarness.ConversationKey]));
        Assert.Contains("delete-if-match " + RunnerHarness.ConversationKey, counting!.Calls);
        Assert.Equal(2, harness.Sent().Count);
    }

    [Fact]
    public async Task OnTurnAsync_NewConversationThatKeepsNothing_WritesNothing()
    {
        CountingStorage? counting = null;
        var harness = new RunnerHarness((context, run) => context.SendActivityAsync("help text"), wrap: inner => counting = new CountingStorage(inner));

        await harness.RunAsync(RunnerHarness.Message("help", "1"));

        Assert.Equal(["read " + RunnerHarness.ConversationKey], counting!.Calls);
        Assert.Single(harness.Sent());
    }

    [Fact]
    public async Task OnTurnAsync_FinishingTurnLosesTheRaceToANewerCommit_RerunsAndKeepsTheNewerState()
    {
        RunnerHarness? instanceA = null;
        RunnerHarness? instanceB = null;
        var runs = 0;
        Func<ITurnContext, int, Task> Bot(Func<RunnerHarness> self) => async (context, run) =>
        {
            runs++;
            var answers = self().ConversationState.CreateProperty<List<string>>("Answers");
            var list = await answers.GetAsync(context, () => []);
            if (context.Activity.Text == "finish" && list.Count == 0)
            {
                await answers.DeleteAsync(context);
                return;
            }

            list.Add(context.Activity.Text);
            await answers.SetAsync(context, list);
        };

        var storage = new JsonMemoryStorage();
        instanceB = new RunnerHarness(Bot(() => instanceB!), storage: storage);
        instanceA = new RunnerHarness(
            Bot(() => instanceA!),
            storage: storage,
            wrap: inner => new InterleavingStorage(inner, RunnerHarness.ConversationKey, () => instanceB.RunAsync(RunnerHarness.Message("late answer", "b"))));
        await storage.WriteAsync(new Dictionary<string, object> { [RunnerHarness.ConversationKey] = new Dictionary<string, object> { ["Answers"] = new List<string>() } });

        // A's "finish" would delete the state it read, but B commits an answer first: the delete must not win.
        await instanceA.RunAsync(RunnerHarness.Message("finish", "a"));

        var stored = (JObject)(await storage.ReadAsync([RunnerHarness.ConversationKey]))[RunnerHarness.ConversationKey];
        Assert.Equal(["late answer", "finish"], stored["Answers"]!.Values<string>());
        Assert.Equal(3, runs);
    }

    [Fact]
    public async Task OnTurnAsync_AnotherInstanceCommitsTheSameUsersFirstComplaintBetweenOurReadAndCreate_BothComplaintsKept()
    {
        // Instance B's whole turn (another conversation of the same, new user) runs after instance A has read the
        // user's state as absent and just before A's write of it: the window where a blind create lost B's complaint.
        var storage = new JsonMemoryStorage();
        RunnerHarness? instanceB = null;
        instanceB = new RunnerHarness((context, _) => AddComplaintAsync(context, instanceB!.UserState), storage: storage);
        var otherConversation = RunnerHarness.Message("done", "1");
        otherConversation.Conversation = new ConversationAccount { Id = "conv-2" };
        RunnerHarness? instanceA = null;
        instanceA = new RunnerHarness(
            (context, _) => AddComplaintAsync(context, instanceA!.UserState),
            storage: storage,
            wrap: inner => new InterleavingStorage(inner, RunnerHarness.UserKey, () => instanceB.RunAsync(otherConversation)));

        await instanceA.RunAsync(RunnerHarness.Message("done", "1"));

        var stored = (JObject)(await storage.ReadAsync([RunnerHarness.UserKey]))[RunnerHarness.UserKey];
        Assert.Equal(["conv-1", "conv-2"], stored["History"]!.Values<string>().Order());
        Assert.Single(instanceA.Sent());
        Assert.Single(instanceB.Sent());
    }

    [Fact]
    public async Task OnTurnAsync_AnotherInstanceCommitsTheNewConversationsFirstTurnBetweenOurReadAndCreate_BothTurnsKept()
    {
        var storage = new JsonMemoryStorage();
        RunnerHarness? instanceB = null;
        instanceB = new RunnerHarness((context, _) => AddAnswerAsync(context, instanceB!.ConversationState), storage: storage);
        RunnerHarness? instanceA = null;
        instanceA = new RunnerHarness(
            (context, _) => AddAnswerAsync(context, instanceA!.ConversationState),
            storage: storage,
            wrap: inner => new InterleavingStorage(inner, RunnerHarness.ConversationKey, () => instanceB.RunAsync(RunnerHarness.Message("b", "2"))));

        await instanceA.RunAsync(RunnerHarness.Message("a", "1"));

        var stored = (JObject)(await storage.ReadAsync([RunnerHarness.ConversationKey]))[RunnerHarness.ConversationKey];
        Assert.Equal(["b", "a"], stored["Answers"]!.Values<string>());
        Assert.Equal(2, stored[TurnLedger.Property]!["Recent"]!.Count());
        Assert.Equal(["b"], instanceB.Sent().Select(a => ((Activity)a).Text));
        Assert.Equal(["a"], instanceA.Sent().Select(a => ((Activity)a).Text));
    }

    [Fact]
    public async Task OnTurnAsync_BotThrows_NothingIsSentOrWritten()
    {
        RunnerHarness? harness = null;
        harness = new RunnerHarness(async (context, run) =>
        {
            await harness!.ConversationState.CreateProperty<int>("Runs").SetAsync(context, run);
            await context.SendActivityAsync("half a turn");
            throw new InvalidOperationException("boom");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RunAsync(RunnerHarness.Message("a", "1")));

        Assert.Empty(harness.Sent());
        Assert.Empty(await harness.Storage.ReadAsync([RunnerHarness.ConversationKey]));
    }

    [Fact]
    public async Task OnTurnAsync_TwoConversationsOfOneUserFinishAtOnce_BothComplaintsKept()
    {
        RunnerHarness? harness = null;
        using var bothRead = new Barrier(2);
        harness = new RunnerHarness(async (context, run) =>
        {
            var history = harness!.UserState.CreateProperty<List<string>>("History");
            var items = await history.GetAsync(context, () => []);
            if (run <= 2)
            {
                // Both first runs have read the user's history before either commits: a true race.
                await Task.Run(() => bothRead.SignalAndWait(TimeSpan.FromSeconds(30)));
            }

            items.Add(context.Activity.Conversation.Id);
            await history.SetAsync(context, items);
            await context.SendActivityAsync("saved");
        });

        var first = RunnerHarness.Message("done", "1");
        var second = RunnerHarness.Message("done", "1");
        second.Conversation = new ConversationAccount { Id = "conv-2" };
        await Task.WhenAll(harness.RunAsync(first), harness.RunAsync(second));

        var key = RunnerHarness.UserKey;
        var stored = (JObject)(await harness.Storage.ReadAsync([key]))[key];
        Assert.Equal(["conv-1", "conv-2"], stored["History"]!.Values<string>().Order());
        Assert.Equal(2, harness.Sent().Count);
    }

    [Fact]
    public async Task OnTurnAsync_StorageDown_ThrowsUnavailableAndSendsNothing()
    {
        var harness = new RunnerHarness(async (context, run) => await context.SendActivityAsync("never"));
        var down = new DownStorage();
        var runner = new ExactlyOnceTurnRunner(
            new NullBot(),
            new TypedConversationState(new ConcurrencyCheckedStorage(down), Microsoft.Extensions.Logging.Abstractions.NullLogger<TypedStateStore>.Instance),
            new TypedUserState(new ConcurrencyCheckedStorage(down), Microsoft.Extensions.Logging.Abstractions.NullLogger<TypedStateStore>.Instance),
            Microsoft.Extensions.Options.Options.Create(new TurnOptions()),
            TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<ExactlyOnceTurnRunner>.Instance);

        await Assert.ThrowsAsync<StorageUnavailableException>(() =>
            harness.Adapter.ProcessActivityAsync(RunnerHarness.Message("a", "1"), runner.OnTurnAsync, CancellationToken.None));

        Assert.Empty(harness.Sent());
    }

    /// <summary>A bot confirming a complaint: adds the conversation to the user's history, once (as complaint ids are).</summary>
    private static async Task AddComplaintAsync(ITurnContext context, UserState userState)
    {
        var history = userState.CreateProperty<List<string>>("History");
        var items = await history.GetAsync(context, () => []);
        if (!items.Contains(context.Activity.Conversation.Id))
        {
            items.Add(context.Activity.Conversation.Id);
        }

        await history.SetAsync(context, items);
        await context.SendActivityAsync("saved");
    }

    /// <summary>A bot recording each answer in conversation state and echoing it.</summary>
    private static async Task AddAnswerAsync(ITurnContext context, ConversationState conversationState)
    {
        var answers = conversationState.CreateProperty<List<string>>("Answers");
        var list = await answers.GetAsync(context, () => []);
        list.Add(context.Activity.Text);
        await answers.SetAsync(context, list);
        await context.SendActivityAsync(context.Activity.Text);
    }

    /// <summary>What another instance does: commits a newer conversation state between our read and our write.</summary>
    private static async Task WriteBehindTheRunnersBackAsync(RunnerHarness harness, string answer)
    {
        var key = RunnerHarness.ConversationKey;
        var current = await harness.Storage.ReadAsync([key]);
        var state = current.TryGetValue(key, out var value) ? (JObject)value : [];
        var answers = state["Answers"] as JArray ?? [];
        answers.Add(answer);
        state["Answers"] = answers;
        state.Remove(StorageJson.ETagProperty);
        await harness.Storage.WriteAsync(new Dictionary<string, object> { [key] = state });
    }

    private sealed class NullBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }

    private sealed class DownStorage : IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new StorageUnavailableException("down");

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            throw new StorageUnavailableException("down");

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new StorageUnavailableException("down");
    }
}
