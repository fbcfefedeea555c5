using ComplaintBot.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Bots;

/// <summary>
/// The one bot. Every message, including card submits (a <c>Value</c> without <c>Text</c>) and file-only
/// messages, goes to the root dialog; new members other than the bot itself are welcomed. Deriving from
/// <see cref="TeamsActivityHandler"/> costs nothing on other channels and gives Teams events their own hooks.
/// </summary>
/// <remarks>
/// The handler never saves state: <see cref="Turns.ExactlyOnceTurnRunner"/> wraps it and commits conversation and
/// user state after the turn with conditional writes, rerunning the turn when another instance got there first.
/// </remarks>
public sealed class ComplaintBotHandler(
    ConversationState conversationState,
    Dialog rootDialog,
    WelcomeMessage welcome) : TeamsActivityHandler
{
    /// <inheritdoc />
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        rootDialog.RunAsync(turnContext, conversationState.CreateProperty<DialogState>(Adapter.TurnErrorHandler.DialogStateProperty), cancellationToken);

    /// <inheritdoc />
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        if (membersAdded.Any(member => member.Id != botId))
        {
            await turnContext.SendActivityAsync(welcome.Create(((ITurnContext)turnContext).Activity.Locale), cancellationToken).ConfigureAwait(false);
        }
    }
}
