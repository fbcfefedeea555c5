using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Dialogs.History;
using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain;
using ComplaintBot.Storage.Memory;
using ComplaintBot.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Tests.Infrastructure;

/// <summary>
/// Runs the whole interview as the host does — root dialog, conversation and user state over a storage that
/// really serializes, state saved after every turn — on a fixed clock (2026-11-27 10:00, Asia/Shanghai).
/// <see cref="RestartAsync"/> throws away every object but the storage, like a process restart.
/// </summary>
public sealed class InterviewHarness
{
    private readonly ITestOutputHelper? _output;
    private readonly TestAdapter _adapter;
    private ConversationState _conversationState = null!;
    private UserState _userState = null!;
    private Dialog _root = null!;

    public InterviewHarness(string locale = "zh-CN", ITestOutputHelper? output = null, string channelId = "emulator")
    {
        _output = output;
        Locale = locale;
        _adapter = new TestAdapter(TestAdapter.CreateConversation("interview-" + Guid.NewGuid().ToString("N")[..8]));
        _adapter.Conversation.ChannelId = channelId;
        Build();
    }

    public JsonMemoryStorage Storage { get; } = new();

    public Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock { get; } = TestClock.Create();

    public string Locale { get; set; }

    public List<IMessageActivity> LastReplies { get; private set; } = [];

    public int Turns { get; private set; }

    /// <summary>Gets the step the last question asked (its hint), or null.</summary>
    public string? Step => LastReplies.Select(r => StepHint.Read(r.ChannelData)).LastOrDefault(s => s is not null);

    public string Text => string.Join("\n", LastReplies.Select(r => r.Text ?? string.Empty));

    public Task<List<IMessageActivity>> SayAsync(string? text) =>
        SendAsync(new Activity(ActivityTypes.Message) { Text = text });

    public Task<List<IMessageActivity>> SubmitAsync(object value) =>
        SendAsync(new Activity(ActivityTypes.Message) { Value = JObject.FromObject(value) });

    public Task<List<IMessageActivity>> SendFilesAsync(params string[] names) =>
        SendAsync(new Activity(ActivityTypes.Message)
        {
            Attachments = names.Select(name => new Attachment { Name = name, ContentType = name.EndsWith(".pdf", StringComparison.Ordinal) ? "application/pdf" : "image/jpeg", ContentUrl = "http://127.0.0.1:9/" + Uri.EscapeDataString(name) }).ToList(),
        });

    public async Task<List<IMessageActivity>> SendAsync(Activity activity)
    {
        activity.Locale ??= Locale;
        var accessor = _conversationState.CreateProperty<DialogState>("DialogState");
        await _adapter.ProcessActivityAsync(activity, async (context, cancellationToken) =>
        {
            await _root.RunAsync(context, accessor, cancellationToken);
            await _conversationState.SaveChangesAsync(context, false, cancellationToken);
            await _userState.SaveChangesAsync(context, false, cancellationToken);
        }, CancellationToken.None);
        Turns++;

        var replies = new List<IMessageActivity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            if (reply is IMessageActivity message && reply.Type == ActivityTypes.Message)
            {
                replies.Add(message);
            }
        }

        _output?.WriteLine("> " + (activity.Text ?? (activity.Value is null ? $"({activity.Attachments?.Count ?? 0} files)" : Newtonsoft.Json.JsonConvert.SerializeObject(activity.Value))));
        foreach (var reply in replies)
        {
            _output?.WriteLine("< " + (reply.Text ?? "(card)") + (StepHint.Read(reply.ChannelData) is { } hint ? $"   [{hint}]" : string.Empty));
        }

        LastReplies = replies;
        return replies;
    }

    /// <summary>Reads the stored interview state, exactly as the next turn would.</summary>
    public async Task<InterviewState?> StoredStateAsync()
    {
        var key = $"{_adapter.Conversation.ChannelId}/conversations/{_adapter.Conversation.Conversation.Id}";
        var items = await Storage.ReadAsync([key]);
        return items.TryGetValue(key, out var value) ? ((JObject)value)[InterviewServices.StateProperty]?.ToObject<InterviewState>() : null;
    }

    /// <summary>The summary document of the last replies, if they carry one.</summary>
    public JObject? SummaryDocument => LastReplies.Select(r => r.Value is JRaw raw ? JObject.Parse((string)raw.Value!) : r.Value as JObject).LastOrDefault(v => v?["complaintText"] is not null);

    /// <summary>Simulates a process restart: new state objects and dialogs over the same storage.</summary>
    public void Restart() => Build();

    private void Build()
    {
        _conversationState = new ConversationState(Storage);
        _userState = new UserState(Storage);
        var services = new InterviewServices(
            _conversationState,
            new ComplaintHistoryStore(_userState),
            BotText.Default,
            new ComplaintCards(),
            new MetadataEvidenceIntake(),
            Clock,
            ComplaintRulesOptions.Default);
        _root = new ComplaintInterviewDialog(services);
    }
}
