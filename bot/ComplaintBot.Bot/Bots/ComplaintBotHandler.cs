using ComplaintBot.Dialogs.Engine.State;
using ComplaintBot.Dialogs.Engine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Bots;

/// <summary>
/// The one bot. In a private conversation every message, including card submits (a <c>Value</c> without
/// <c>Text</c>) and file-only messages, goes to the root dialog, and the user is welcomed once with the welcome
/// card. In a group chat or channel nothing is collected: every message gets <see cref="PrivateChatNote"/>.
/// Deriving from <see cref="TeamsActivityHandler"/> costs nothing on other channels and gives Teams events
/// their own hooks.
/// </summary>
/// <remarks>
/// The handler never saves state: <see cref="Turns.ExactlyOnceTurnRunner"/> wraps it and commits conversation and
/// user state after the turn with conditional writes, rerunning the turn when another instance got there first.
/// </remarks>
public sealed class ComplaintBotHandler(
    ConversationState conversationState,
    Dialog rootDialog,
    WelcomeMessage welcome,
    PrivateChatNote privateNote) : TeamsActivityHandler
{
    /// <summary>The conversation-state flag that keeps Teams' two install events from greeting twice.</summary>
    public const string GreetedProperty = "Greeted";

    /// <inheritdoc />
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (ConversationScope.IsShared(turnContext.Activity))
        {
            await turnContext.SendActivityAsync(privateNote.Create(turnContext.Activity), cancellationToken).ConfigureAwait(false);
            return;
        }

        WelcomeCardClick.PassHelpAsCommand(turnContext.Activity);
        var stack = conversationState.CreateAccessor<DialogState>(Adapter.TurnErrorHandler.DialogStateProperty);
        var result = await rootDialog.RunAsync(turnContext, stack, cancellationToken).ConfigureAwait(false);
        if (result.Status != DialogTurnStatus.Waiting)
        {
            // A finished, cancelled or deleted interview leaves no empty dialog stack behind in storage, nor the
            // welcome flag: channels welcome once, when the conversation opens, so it has done its work by now.
            await stack.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
            await conversationState.CreateAccessor<bool>(GreetedProperty).DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// Handled here rather than in <c>OnMembersAddedAsync</c>: when Teams installs the app in personal scope the
    /// only member added is the bot itself, which the base class ignores. Elsewhere (Emulator, Web Chat) the
    /// user joining is what counts; the bot joining alone says nothing.
    /// </remarks>
    protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.MembersAdded is not { Count: > 0 } added)
        {
            return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
        }

        var botId = activity.Recipient?.Id;
        var botAdded = added.Any(member => member.Id == botId);
        var userAdded = added.Any(member => member.Id != botId);
        if (ConversationScope.IsShared(activity))
        {
            // Only when the bot itself arrives: people joining a busy group chat later are not told again.
            return botAdded ? GreetOnceAsync(turnContext, cancellationToken) : Task.CompletedTask;
        }

        return userAdded || (botAdded && ConversationScope.IsTeams(activity))
            ? GreetOnceAsync(turnContext, cancellationToken)
            : Task.CompletedTask;
    }

    /// <inheritdoc />
    protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        GreetOnceAsync(turnContext, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Forgets the greeting, so installing the app again greets again.</remarks>
    protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        conversationState.CreateAccessor<bool>(GreetedProperty).DeleteAsync(turnContext, cancellationToken);

    /// <summary>
    /// Sends the welcome card in a private conversation, the private-chat note in a shared one, once per
    /// conversation: Teams announces one install with both an <c>installationUpdate</c> and a <c>conversationUpdate</c>.
    /// </summary>
    private async Task GreetOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var greeted = conversationState.CreateAccessor<bool>(GreetedProperty);
        if (await greeted.GetAsync(turnContext, () => false, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await greeted.SetAsync(turnContext, true, cancellationToken).ConfigureAwait(false);
        var activity = turnContext.Activity;
        var greeting = ConversationScope.IsShared(activity) ? privateNote.Create(activity) : welcome.Create(activity.Locale);
        await turnContext.SendActivityAsync(greeting, cancellationToken).ConfigureAwait(false);
    }
}
