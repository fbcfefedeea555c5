using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// What the Direct Line routes do once a request is authorised: start conversations, take the user's activities
/// (stored first, so Web Chat sees its own message echoed with a server id), and run the bot's turn in process.
/// </summary>
public sealed partial class DirectLineChannel(
    DirectLineConversationStore store,
    DirectLineNotifier notifier,
    DirectLineAdapter adapter,
    IServiceScopeFactory scopes,
    IServer server,
    IHostApplicationLifetime lifetime,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineChannel> logger)
{
    /// <summary>The channel id on every activity of this channel.</summary>
    public const string ChannelId = "directline";

    /// <summary>The bot's account on this channel.</summary>
    public static ChannelAccount BotAccount { get; } = new("complaintbot", "ComplaintBot", RoleTypes.Bot);

    private string? _serviceUrl;

    /// <summary>
    /// Gets the base address activities carry as <c>serviceUrl</c> and uploaded files are served under, with a
    /// trailing slash: configured, or the host's first listening address.
    /// </summary>
    public string ServiceUrl => _serviceUrl ??= ResolveServiceUrl();

    /// <summary>Starts a conversation (idempotent) and, when new, tells the bot the user and the bot joined.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="userId">The user.</param>
    /// <param name="locale">The user's locale, if the client sent one.</param>
    /// <param name="cancellationToken">Cancels the request (not the turn).</param>
    /// <returns>Whether this call created the conversation.</returns>
    public async Task<bool> StartAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken)
    {
        var (_, created) = await store.StartAsync(conversationId, userId, locale, cancellationToken).ConfigureAwait(false);
        if (created)
        {
            var update = new Activity(ActivityTypes.ConversationUpdate)
            {
                Id = conversationId + "|start",
                ChannelId = ChannelId,
                ServiceUrl = ServiceUrl,
                Conversation = new ConversationAccount(id: conversationId),
                From = new ChannelAccount(userId, role: RoleTypes.User),
                Recipient = BotAccount,
                MembersAdded = [new ChannelAccount(userId, role: RoleTypes.User), BotAccount],
                Locale = locale,
            };
            await RunTurnAsync(update, cancellationToken).ConfigureAwait(false);
        }

        return created;
    }

    /// <summary>Stores the user's activity (the echo) and runs the bot's turn for it.</summary>
    /// <param name="conversation">The conversation record.</param>
    /// <param name="activity">The activity as posted, already normalised by the route.</param>
    /// <param name="cancellationToken">Cancels the request (not the turn).</param>
    /// <returns>The stored activity's id.</returns>
    public async Task<string> PostAsync(DirectLineConversation conversation, JObject activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        activity["channelId"] = ChannelId;
        activity["serviceUrl"] = ServiceUrl;
        activity["conversation"] = new JObject { ["id"] = conversation.ConversationId };
        activity["recipient"] = DirectLineConversationStore.ToJson(BotAccount);
        var type = (string?)activity["type"];
        if (type == ActivityTypes.Typing)
        {
            // The user's typing goes to the bot like on the hosted service but is never stored.
            var typingId = conversation.ConversationId + "|typing";
            notifier.Ephemeral(conversation.ConversationId, activity);
            return typingId;
        }

        var stored = await store.AppendAsync(conversation.ConversationId, activity, cancellationToken).ConfigureAwait(false);
        notifier.Stored(conversation.ConversationId);
        var inbound = stored.ToObject<Activity>(Newtonsoft.Json.JsonSerializer.Create(DirectLineConversationStore.ActivitySettings))!;
        await RunTurnAsync(inbound, cancellationToken).ConfigureAwait(false);
        return (string)stored["id"]!;
    }

    /// <summary>
    /// Runs a turn on its own, so that a closed request does not cancel it, and waits for it at most
    /// <see cref="DirectLineOptions.PostWaitMilliseconds"/>. While it runs the user sees the bot typing.
    /// </summary>
    private async Task RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = Task.Run(() => TurnAsync(activity), CancellationToken.None);
        var wait = options.Value.PostWaitMilliseconds;
        try
        {
            await turn.WaitAsync(TimeSpan.FromMilliseconds(wait), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Still running: replies arrive through the log.
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client left; the turn goes on.
        }
    }

    private async Task TurnAsync(Activity activity)
    {
        using var typing = activity.Type == ActivityTypes.Message ? StartTyping(activity) : null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetRequiredService<IBot>();
            await adapter.ProcessAsync(activity, bot, lifetime.ApplicationStopping).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The error handler already answered the user; a failure after it must not crash the host.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogTurnFailed(logger, ex, activity.Conversation.Id);
            throw;
        }
    }

    /// <summary>Shows the bot typing every two seconds until the turn ends (streams only; never stored).</summary>
    private CancellationTokenSource StartTyping(Activity inbound)
    {
        var stop = new CancellationTokenSource();
        var typing = new JObject
        {
            ["type"] = ActivityTypes.Typing,
            ["channelId"] = ChannelId,
            ["conversation"] = new JObject { ["id"] = inbound.Conversation.Id },
            ["from"] = DirectLineConversationStore.ToJson(BotAccount),
            ["recipient"] = DirectLineConversationStore.ToJson(inbound.From),
            ["replyToId"] = inbound.Id,
        };
        var n = 0;
        void Show()
        {
            var copy = (JObject)typing.DeepClone();
            copy["id"] = inbound.Id + "|typing" + n++;
            notifier.Ephemeral(inbound.Conversation.Id, copy);
        }

        // The first indicator goes out before the turn starts, so it always precedes the reply, however fast.
        Show();
        _ = Task.Run(
            async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        await Task.Delay(2000, stop.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }

                    if (!stop.IsCancellationRequested)
                    {
                        Show();
                    }
                }
            },
            CancellationToken.None);
        return stop;
    }

    private string ResolveServiceUrl()
    {
        var configured = options.Value.ServiceUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.EndsWith('/') ? configured : configured + "/";
        }

        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost:3978";
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "localhost";
        }

        uri.Path = "/";
        return uri.Uri.AbsoluteUri;
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Error, Message = "A Direct Line turn failed outside the turn error handler in conversation {ConversationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversationId);
}
