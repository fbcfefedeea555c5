using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>Runs a root dialog for one turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the stack stored through <paramref name="accessor"/>; when it is empty and the activity is a
    /// message, begins <paramref name="dialog"/>. Other activity types never start or advance dialogs. The caller
    /// saves conversation state after the turn (e.g. with <c>AutoSaveStateMiddleware</c>).
    /// </summary>
    /// <param name="dialog">The root dialog.</param>
    /// <param name="turnContext">The turn.</param>
    /// <param name="accessor">The conversation-state property holding the stack.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The root turn result.</returns>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Empty && turnContext.Activity?.Type == ActivityTypes.Message)
        {
            result = await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }
}
