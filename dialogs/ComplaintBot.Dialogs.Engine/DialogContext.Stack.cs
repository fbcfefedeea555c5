using ComplaintBot.Dialogs.Engine.Prompts;

namespace ComplaintBot.Dialogs.Engine;

/// <content>Stack operations: begin, prompt, continue, end, replace and cancel.</content>
public partial class DialogContext
{
    /// <summary>Pushes a new instance of a dialog and starts it.</summary>
    /// <param name="dialogId">The dialog id (own set first, then the parents' sets).</param>
    /// <param name="options">Options for the dialog.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    /// <exception cref="InvalidOperationException">No dialog with that id exists.</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
            Dialog.GuardNotToken(options, nameof(options));
            var dialog = FindDialog(dialogId)
                ?? throw new InvalidOperationException($"DialogContext.BeginDialogAsync(): a dialog with the id '{dialogId}' was not found.");
            Stack.Insert(0, new DialogInstance(dialog.Id));
            return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DialogExceptionData.Attach(ex, this))
        {
            throw;
        }
    }

    /// <summary>Starts a prompt; the same as <see cref="BeginDialogAsync"/> but the options are required.</summary>
    /// <param name="dialogId">The prompt's id.</param>
    /// <param name="options">The prompt options.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public async Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(options);
            return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DialogExceptionData.Attach(ex, this))
        {
            throw;
        }
    }

    /// <summary>Hands the current activity to the active dialog.</summary>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result; <see cref="DialogTurnStatus.Empty"/> when nothing is active.</returns>
    /// <exception cref="InvalidOperationException">The active dialog's id is unknown (state from an older deployment).</exception>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var active = ActiveDialog;
            if (active is null)
            {
                return new DialogTurnResult(DialogTurnStatus.Empty);
            }

            var dialog = FindDialog(active.Id)
                ?? throw new InvalidOperationException($"DialogContext.ContinueDialogAsync(): the active dialog '{active.Id}' is not registered; the stored state may come from an older version.");
            return await dialog.ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DialogExceptionData.Attach(ex, this))
        {
            throw;
        }
    }

    /// <summary>Ends the active dialog and resumes the one below it with the result.</summary>
    /// <param name="result">The ending dialog's result.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The resumed dialog's turn result, or <see cref="DialogTurnStatus.Complete"/> with the result when the stack is now empty.</returns>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        try
        {
            Dialog.GuardNotToken(result, nameof(result));
            await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
            var next = ActiveDialog;
            if (next is null)
            {
                return new DialogTurnResult(DialogTurnStatus.Complete, result);
            }

            var dialog = FindDialog(next.Id)
                ?? throw new InvalidOperationException($"DialogContext.EndDialogAsync(): cannot resume '{next.Id}': it is not registered.");
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DialogExceptionData.Attach(ex, this))
        {
            throw;
        }
    }

    /// <summary>Ends the active dialog without resuming its parent and starts another in its place (loops).</summary>
    /// <param name="dialogId">The dialog to start.</param>
    /// <param name="options">Its options.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The new dialog's turn result.</returns>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
            Dialog.GuardNotToken(options, nameof(options));
            await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
            return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DialogExceptionData.Attach(ex, this))
        {
            throw;
        }
    }

    /// <summary>Cancels every dialog on this context's stack (not the parents').</summary>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns><see cref="DialogTurnStatus.Cancelled"/>, or <see cref="DialogTurnStatus.Empty"/> when there was nothing to cancel.</returns>
    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default) =>
        CancelAllDialogsAsync(false, null, null, cancellationToken);

    /// <summary>
    /// Cancels every dialog on this stack and, with <paramref name="cancelParents"/>, on every parent stack up to
    /// the root, so a component can end the whole conversation. Before cancelling a parent stack the event
    /// <paramref name="eventName"/> is offered to that stack's active dialog, which may stop the walk by handling it.
    /// </summary>
    /// <param name="cancelParents">True to walk up the parent chain.</param>
    /// <param name="eventName">Event offered to ancestors; default <see cref="DialogEvents.CancelDialog"/>.</param>
    /// <param name="eventValue">Event payload.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns><see cref="DialogTurnStatus.Cancelled"/>, or <see cref="DialogTurnStatus.Empty"/> when there was nothing to cancel.</returns>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, string? eventName = null, object? eventValue = null, CancellationToken cancellationToken = default)
    {
        try
        {
            Dialog.GuardNotToken(eventValue, nameof(eventValue));
            eventName ??= DialogEvents.CancelDialog;
            if (Stack.Count == 0 && Parent is null)
            {
                return new DialogTurnResult(DialogTurnStatus.Empty);
            }

            var notify = false;
            for (var dc = this; dc is not null; dc = cancelParents ? dc.Parent : null)
            {
                if (dc.Stack.Count > 0)
                {
                    if (notify && await dc.EmitEventAsync(eventName, eventValue, false, false, cancellationToken).ConfigureAwait(false))
                    {
                        break;
                    }

                    while (dc.Stack.Count > 0)
                    {
                        await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
                    }
                }

                notify = true;
            }

            return new DialogTurnResult(DialogTurnStatus.Cancelled);
        }
        catch (Exception ex) when (DialogExceptionData.Attach(ex, this))
        {
            throw;
        }
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        // An unknown id (stale state) is still popped, so a broken stack can always be cleared.
        var dialog = Dialogs.Find(instance.Id) ?? Parent?.FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.Remove(instance);
    }
}
