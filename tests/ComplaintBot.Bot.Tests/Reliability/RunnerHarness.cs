using ComplaintBot.Bot.State;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>
/// An <see cref="ExactlyOnceTurnRunner"/> over in-memory storage and the SDK's test adapter, with a bot made of a
/// delegate, so a test decides what each run does (including writing behind the runner's back, as another
/// instance would).
/// </summary>
public sealed class RunnerHarness
{
    /// <param name="bot">What each run does; gets the run number, counted across all runs of this harness.</param>
    /// <param name="maxAttempts">Runs per turn before the runner gives up.</param>
    /// <param name="storage">The store, shared with other harnesses to play several instances; a new one when null.</param>
    /// <param name="wrap">Decorates the store as this instance sees it (counting, interleaving), under the concurrency check.</param>
    public RunnerHarness(Func<ITurnContext, int, Task> bot, int maxAttempts = 6, JsonMemoryStorage? storage = null, Func<IStorage, IStorage>? wrap = null)
    {
        Storage = storage ?? new JsonMemoryStorage();
        var checkedStorage = new ConcurrencyCheckedStorage(wrap is null ? Storage : wrap(Storage));
        ConversationState = new TypedConversationState(checkedStorage, NullLogger<TypedStateStore>.Instance);
        UserState = new TypedUserState(checkedStorage, NullLogger<TypedStateStore>.Instance);
        Runner = new ExactlyOnceTurnRunner(
            new DelegateBot(bot),
            ConversationState,
            UserState,
            Options.Create(new TurnOptions { MaxAttempts = maxAttempts, BaseDelayMilliseconds = 1, MaxDelayMilliseconds = 5 }),
            TimeProvider.System,
            NullLogger<ExactlyOnceTurnRunner>.Instance);
    }

    public JsonMemoryStorage Storage { get; }

    public TypedConversationState ConversationState { get; }

    public TypedUserState UserState { get; }

    public ExactlyOnceTurnRunner Runner { get; }

    public TestAdapter Adapter { get; } = new(TestAdapter.CreateConversation("conv-1", "user-1", "bot"));

    public static string ConversationKey => "test/conversations/conv-1";

    public static string UserKey => "test/users/user-1";

    /// <summary>The property <see cref="SeedConversationAsync"/> stores, standing for an interview in progress.</summary>
    public const string InProgressProperty = "InProgress";

    /// <summary>Gives the conversation stored state, as a conversation in the middle of an interview has.</summary>
    public Task SeedConversationAsync() =>
        Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Dictionary<string, object> { [InProgressProperty] = true } });

    public static Activity Message(string text, string id, bool expectReplies = false)
    {
        var activity = MessageFactory.Text(text);
        activity.Id = id;
        activity.ChannelId = "test";
        activity.ServiceUrl = "https://test.local/";
        activity.Conversation = new ConversationAccount { Id = "conv-1" };
        activity.From = new ChannelAccount { Id = "user-1" };
        activity.Recipient = new ChannelAccount { Id = "bot" };
        activity.Locale = "zh-CN";
        if (expectReplies)
        {
            activity.DeliveryMode = DeliveryModes.ExpectReplies;
        }

        return activity;
    }

    /// <summary>Runs one turn through the runner; returns the real turn context (for buffered replies).</summary>
    public async Task<ITurnContext> RunAsync(Activity activity)
    {
        ITurnContext? captured = null;
        var id = activity.Id;
        var conversation = activity.Conversation;
        await Adapter.ProcessActivityAsync(activity, async (context, ct) =>
        {
            // The test adapter numbers activities and pins one conversation; a test needs the channel's values back.
            context.Activity.Id = id;
            context.Activity.Conversation = conversation;
            captured = context;
            await Runner.OnTurnAsync(context, ct);
        }, CancellationToken.None);
        return captured!;
    }

    public List<IActivity> Sent()
    {
        var sent = new List<IActivity>();
        while (Adapter.ActiveQueue.Count > 0)
        {
            sent.Add(Adapter.ActiveQueue.Dequeue());
        }

        return sent;
    }

    private sealed class DelegateBot(Func<ITurnContext, int, Task> bot) : IBot
    {
        private int _runs;

        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
            bot(turnContext, Interlocked.Increment(ref _runs));
    }
}
