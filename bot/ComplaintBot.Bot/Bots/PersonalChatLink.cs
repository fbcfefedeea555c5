using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Bots;

/// <summary>
/// The Teams deep link that opens a one-to-one chat with the bot:
/// <c>https://teams.microsoft.com/l/chat/0/0?users=28:{MicrosoftAppId}</c>.
/// </summary>
public sealed class PersonalChatLink
{
    private const string BotIdPrefix = "28:";
    private readonly string? _configuredAppId;

    /// <summary>Initializes a new instance of the <see cref="PersonalChatLink"/> class.</summary>
    /// <param name="configuration">The host configuration, for the flat <c>MicrosoftAppId</c> key.</param>
    public PersonalChatLink(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        _configuredAppId = configuration["MicrosoftAppId"];
    }

    /// <summary>Builds the link for the bot that received <paramref name="activity"/>.</summary>
    /// <param name="activity">An activity from Teams; its recipient is the bot as <c>28:{app id}</c>.</param>
    /// <returns>The link, or null when neither the activity nor the configuration names the bot's app id.</returns>
    public Uri? For(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);

        // Teams addresses the bot as 28:{app id}; the configured id is the fallback for anything else.
        var botId = activity.Recipient?.Id is { } recipient && recipient.StartsWith(BotIdPrefix, StringComparison.Ordinal) && recipient.Length > BotIdPrefix.Length
            ? recipient
            : string.IsNullOrWhiteSpace(_configuredAppId) ? null : BotIdPrefix + _configuredAppId.Trim();
        return botId is null ? null : new Uri("https://teams.microsoft.com/l/chat/0/0?users=" + Uri.EscapeDataString(botId).Replace("%3A", ":", StringComparison.Ordinal));
    }
}
