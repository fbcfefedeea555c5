namespace ComplaintBot.Dialogs.Engine;

/// <content>Events and reprompting.</content>
public partial class DialogContext
{
    /// <summary>
    /// Re-asks the active dialog's pending question (for example after a help interruption). The
    /// <see cref="DialogEvents.RepromptDialog"/> event is offered first; if unhandled the active dialog reprompts.
    /// </summary>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var active = ActiveDialog;
            if (active is null)
            {
                return;
            }

            if (await EmitEventAsync(DialogEvents.RepromptDialog, null, false, false, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var dialog = FindDialog(active.Id);
            if (dialog is not null)
            {
                await dialog.RepromptDialogAsync(Context, active, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (DialogExceptionData.Attach(ex, this))
        {
            throw;
        }
    }

    /// <summary>Offers an event to the active dialog (or the leaf of the tree), bubbling to parents if asked.</summary>
    /// <param name="name">The event name.</param>
    /// <param name="value">The payload.</param>
    /// <param name="bubble">True to bubble to parent contexts when not handled.</param>
    /// <param name="fromLeaf">True to start at the deepest active dialog.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>True when some dialog handled the event.</returns>
    public async Task<bool> EmitEventAsync(string name, object? value = null, bool bubble = true, bool fromLeaf = false, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(name);
            var dc = this;
            if (fromLeaf)
            {
                while (dc.Child is { } child)
                {
                    dc = child;
                }
            }

            var active = dc.ActiveDialog;
            var dialog = active is null ? null : dc.FindDialog(active.Id);
            if (dialog is null)
            {
                return false;
            }

            var e = new DialogEvent { Name = name, Value = value, Bubble = bubble };
            return await dialog.OnDialogEventAsync(dc, e, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DialogExceptionData.Attach(ex, this))
        {
            throw;
        }
    }
}
