using ComplaintBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// The Bot Framework adapter behind <c>/api/messages</c>. Every turn goes through the same pipeline: turns of
/// one conversation run one at a time, and a failing turn is answered by <see cref="TurnErrorHandler"/>.
/// </summary>
public sealed class ComplaintBotAdapter : CloudAdapter
{
    /// <summary>Initializes a new instance of the <see cref="ComplaintBotAdapter"/> class.</summary>
    /// <param name="authentication">Inbound and outbound Bot Framework authentication from configuration.</param>
    /// <param name="turnGate">Serializes the turns of each conversation.</param>
    /// <param name="errorHandler">Answers a turn that threw.</param>
    /// <param name="logger">The adapter's logger.</param>
    public ComplaintBotAdapter(
        BotFrameworkAuthentication authentication,
        ConversationTurnGate turnGate,
        TurnErrorHandler errorHandler,
        ILogger<ComplaintBotAdapter> logger)
        : base(authentication, logger)
    {
        ArgumentNullException.ThrowIfNull(errorHandler);
        Use(turnGate);
        OnTurnError = errorHandler.HandleAsync;
    }
}
