using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>Base class of every dialog: a unit of conversation that can be started, continued, resumed and ended.</summary>
public abstract class Dialog
{
    /// <summary>The shared result that means "waiting for the user".</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    private string? _id;

    /// <summary>Initializes a new instance of the <see cref="Dialog"/> class.</summary>
    /// <param name="dialogId">The id; when null it is computed by <see cref="OnComputeId"/> (the class name).</param>
    protected Dialog(string? dialogId)
    {
        _id = dialogId;
    }

    /// <summary>Gets or sets the dialog id, unique within its <see cref="DialogSet"/>.</summary>
    /// <value>The id given to the constructor, or the class name.</value>
    public string Id
    {
        get => _id ??= OnComputeId();
        set => _id = value;
    }

    /// <summary>Called right after an instance of this dialog was pushed on the stack.</summary>
    /// <param name="dc">The context the dialog runs in.</param>
    /// <param name="options">Options passed by the caller.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called when the user sends an activity while this dialog is active. Default: end with no result.</summary>
    /// <param name="dc">The context the dialog runs in.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a child this dialog started has ended. Default: end and pass the child's result up.</summary>
    /// <param name="dc">The context the dialog runs in.</param>
    /// <param name="reason">Why the dialog resumes.</param>
    /// <param name="result">The child's result.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        GuardNotToken(result, nameof(result));
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Re-asks the dialog's pending question. Default: nothing.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The dialog's instance.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Notification that the instance is about to be popped. Default: nothing.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The dialog's instance.</param>
    /// <param name="reason">Why it ends.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>Gets a string that changes when the dialog's structure changes (used by containers).</summary>
    /// <returns>By default the id.</returns>
    public virtual string GetVersion() => Id;

    /// <summary>Handles an event: pre-bubble hook, then the parent context, then the post-bubble hook.</summary>
    /// <param name="dc">The context the dialog is active in.</param>
    /// <param name="e">The event.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>True when handled.</returns>
    public virtual async Task<bool> OnDialogEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(e);
        var handled = await OnPreBubbleEventAsync(dc, e, cancellationToken).ConfigureAwait(false);
        if (!handled && e.Bubble && dc.Parent is not null)
        {
            handled = await dc.Parent.EmitEventAsync(e.Name, e.Value, true, false, cancellationToken).ConfigureAwait(false);
        }

        if (!handled)
        {
            handled = await OnPostBubbleEventAsync(dc, e, cancellationToken).ConfigureAwait(false);
        }

        return handled;
    }

    /// <summary>Guards against a <see cref="CancellationToken"/> passed positionally in an options/result slot.</summary>
    /// <param name="value">The value to check.</param>
    /// <param name="paramName">The parameter name.</param>
    /// <exception cref="ArgumentException">The value is a cancellation token.</exception>
    protected internal static void GuardNotToken(object? value, string paramName)
    {
        if (value is CancellationToken)
        {
            throw new ArgumentException($"{paramName} cannot be a cancellation token; pass it as the last argument.", paramName);
        }
    }

    /// <summary>Called before the event bubbles to the parent. Default: not handled.</summary>
    /// <param name="dc">The context the dialog is active in.</param>
    /// <param name="e">The event.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>True to stop the event.</returns>
    protected virtual Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Called after the parent did not handle the event. Default: not handled.</summary>
    /// <param name="dc">The context the dialog is active in.</param>
    /// <param name="e">The event.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>True when handled.</returns>
    protected virtual Task<bool> OnPostBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken) => Task.FromResult(false);

    /// <summary>Computes the id when none was given.</summary>
    /// <returns>The class name.</returns>
    protected virtual string OnComputeId() => GetType().Name;
}
