using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Testing;

/// <summary>Runs the turn handler for one conversation.</summary>
public delegate Task<DialogTurnResult> DialogTurnHandler(ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken);

/// <summary>
/// Drives a dialog turn by turn through the Bot Framework <see cref="TestAdapter"/>. Dialog state lives in
/// <see cref="ConversationState"/> over a <see cref="JsonMemoryStorage"/> and is saved after every turn; each turn
/// uses a fresh <see cref="ConversationState"/>, so every turn starts from JSON exactly as after a restart.
/// </summary>
public sealed class DialogTestClient
{
    public const string StatePropertyName = "DialogState";

    private readonly TestAdapter _adapter;
    private readonly DialogTurnHandler _handler;

    public DialogTestClient(Dialog rootDialog, string locale = "zh-CN", string channelId = Channels.Test, ITestOutputHelper? output = null, string? conversationType = null)
        : this((ctx, accessor, ct) => rootDialog.RunAsync(ctx, accessor, ct), locale, channelId, output, conversationType)
    {
    }

    public DialogTestClient(DialogTurnHandler handler, string locale = "zh-CN", string channelId = Channels.Test, ITestOutputHelper? output = null, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _handler = handler;
        Locale = locale;
        _adapter = new TestAdapter(TestAdapter.CreateConversation($"conv-{Guid.NewGuid():N}"[..13]));
        _adapter.Conversation.ChannelId = channelId;
        if (conversationType is not null)
        {
            _adapter.Conversation.Conversation.ConversationType = conversationType;
        }

        if (output is not null)
        {
            _adapter.Use(new TranscriptLoggerMiddleware(output));
        }
    }

    public JsonMemoryStorage Storage { get; } = new();

    public string Locale { get; set; }

    public DialogTurnResult? LastResult { get; private set; }

    public int TurnCount { get; private set; }

    public Task<IReadOnlyList<IMessageActivity>> SendAsync(string? text, CancellationToken cancellationToken = default) =>
        SendActivityAsync(new Activity(ActivityTypes.Message) { Text = text }, cancellationToken);

    /// <summary>A handler that runs <paramref name="rootId"/> from a set holding all <paramref name="dialogs"/>, as RunAsync does for one root.</summary>
    public static DialogTurnHandler Handler(string rootId, params Dialog[] dialogs) => async (ctx, accessor, ct) =>
    {
        var set = new DialogSet(accessor);
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        var dc = await set.CreateContextAsync(ctx, ct).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(ct).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty && ctx.Activity.Type == ActivityTypes.Message)
        {
            result = await dc.BeginDialogAsync(rootId, null, ct).ConfigureAwait(false);
        }

        return result;
    };

    /// <summary>Sends an Adaptive Card submit: a message with a value and no text.</summary>
    public Task<IReadOnlyList<IMessageActivity>> SubmitCardAsync(object value, CancellationToken cancellationToken = default) =>
        SendActivityAsync(new Activity(ActivityTypes.Message) { Value = JToken.FromObject(value) }, cancellationToken);

    public Task<IReadOnlyList<IMessageActivity>> SendTypeAsync(string activityType) =>
        SendActivityAsync(new Activity(activityType) { Name = activityType == ActivityTypes.Event ? "test" : null });

    public Task<IReadOnlyList<IMessageActivity>> SendAttachmentsAsync(string? text, params Attachment[] attachments) =>
        SendActivityAsync(new Activity(ActivityTypes.Message) { Text = text, Attachments = attachments.ToList() });

    public async Task<IReadOnlyList<IMessageActivity>> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Locale ??= Locale;
        var conversationState = new ConversationState(Storage);
        var accessor = conversationState.CreateProperty<DialogState>(StatePropertyName);
        await _adapter.ProcessActivityAsync(activity, async (ctx, ct) =>
        {
            LastResult = await _handler(ctx, accessor, ct).ConfigureAwait(false);
            await conversationState.SaveChangesAsync(ctx, false, ct).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        TurnCount++;

        var replies = new List<IMessageActivity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            if (reply.Type == ActivityTypes.Message && reply is IMessageActivity message)
            {
                replies.Add(message);
            }
        }

        return replies;
    }

    public string StorageKey => $"{_adapter.Conversation.ChannelId}/conversations/{_adapter.Conversation.Conversation.Id}";

    /// <summary>Replaces the stored conversation-state document (e.g. state written by an older version).</summary>
    public Task WriteStoredStateAsync(JObject document) =>
        Storage.WriteAsync(new Dictionary<string, object> { [StorageKey] = document });

    /// <summary>Reads the stored conversation-state document as JSON, exactly as it sits in storage.</summary>
    public async Task<JObject?> ReadStoredStateAsync()
    {
        var key = StorageKey;
        var items = await Storage.ReadAsync([key]).ConfigureAwait(false);
        return items.TryGetValue(key, out var value) ? value as JObject : null;
    }

    /// <summary>Reads the stored dialog stack through a fresh conversation state, as the next turn would.</summary>
    public async Task<DialogState?> ReadDialogStateAsync()
    {
        var stored = await ReadStoredStateAsync().ConfigureAwait(false);
        return stored?[StatePropertyName]?.ToObject<DialogState>();
    }
}
