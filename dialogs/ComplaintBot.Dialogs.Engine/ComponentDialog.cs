using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// A reusable dialog made of child dialogs on an inner stack, persisted under the instance state key
/// <see cref="PersistedDialogState"/>. <see cref="OnContinueDialogAsync"/> is the interruption hook.
/// </summary>
public class ComponentDialog : DialogContainer
{
    /// <summary>The state key of the inner stack.</summary>
    public const string PersistedDialogState = DialogState.NestedStackKey;

    /// <summary>Initializes a new instance of the <see cref="ComponentDialog"/> class.</summary>
    /// <param name="dialogId">The id; null for the class name.</param>
    public ComponentDialog(string? dialogId = null)
        : base(dialogId)
    {
    }

    /// <summary>Gets or sets the child started when the component begins.</summary>
    /// <value>Defaults to the first dialog added.</value>
    public string? InitialDialogId { get; set; }

    /// <summary>Adds a child dialog; the first one added becomes <see cref="InitialDialogId"/> unless set.</summary>
    /// <param name="dialog">The dialog.</param>
    /// <returns>This component, for chaining.</returns>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        GuardNotToken(options, nameof(options));
        var instance = Active(dc);
        instance.Version = GetInternalVersion();
        var innerDc = CreateInnerContext(dc, instance);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await CompleteTurnAsync(dc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = Active(dc);
        var innerDc = CreateInnerContext(dc, instance);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await CompleteTurnAsync(dc, instance, turnResult, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reached only when a dialog pushed on the outer stack above this component ended: re-ask and wait.</summary>
    /// <param name="dc">The outer context.</param>
    /// <param name="reason">Why.</param>
    /// <param name="result">Ignored.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns><see cref="Dialog.EndOfTurn"/>.</returns>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, Active(dc), cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override DialogContext? CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.ActiveDialog is { } instance ? CreateInnerContext(dc, instance) : null;
    }

    /// <summary>Starts the inner stack. Default: begin <see cref="InitialDialogId"/> with the options.</summary>
    /// <param name="innerDc">The inner context.</param>
    /// <param name="options">The component's options.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The inner turn result.</returns>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? Dialogs.GetDialogs().FirstOrDefault()?.Id
            ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no dialogs.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>
    /// Continues the inner stack; override to intercept messages (help, cancel) before the active child sees them.
    /// Default: continue the inner stack.
    /// </summary>
    /// <param name="innerDc">The inner context.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The inner turn result.</returns>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>Called when the component ends (after the inner stack was cancelled, if cancelling).</summary>
    /// <param name="context">The turn.</param>
    /// <param name="instance">The component's instance.</param>
    /// <param name="reason">Why it ends.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called after the inner stack was reprompted.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The component's instance.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Ends the component on the outer stack once the inner stack has finished.</summary>
    /// <param name="outerDc">The outer context.</param>
    /// <param name="result">The inner stack's result.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The outer turn result.</returns>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>
    /// Helper for interruptions: sends <paramref name="message"/> (e.g. help text), re-asks the pending question of the
    /// inner stack and keeps waiting, so the active prompt neither sees the message nor loses its place.
    /// </summary>
    /// <param name="innerDc">The inner context given to <see cref="OnContinueDialogAsync"/>.</param>
    /// <param name="message">The message to send first, or null.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A waiting turn result.</returns>
    protected static async Task<DialogTurnResult> ReplyAndRepromptAsync(DialogContext innerDc, IActivity? message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (message is not null)
        {
            await innerDc.Context.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
        }

        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    private static DialogState InnerState(DialogInstance instance)
    {
        var state = instance.GetStateValue<DialogState>(PersistedDialogState);
        if (state is null)
        {
            state = new DialogState();
            instance.State[PersistedDialogState] = state;
        }

        return state;
    }

    private async Task<DialogTurnResult> CompleteTurnAsync(DialogContext outerDc, DialogInstance instance, DialogTurnResult turnResult, CancellationToken cancellationToken)
    {
        if (turnResult.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        // A child cancelled with cancelParents: true has already removed this component from the outer stack;
        // report the cancellation upwards instead of ending (and resuming) a parent that no longer exists.
        if (!outerDc.Stack.Contains(instance))
        {
            return turnResult;
        }

        return await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }

    private DialogInstance Active(DialogContext dc) =>
        dc.ActiveDialog ?? throw new InvalidOperationException($"ComponentDialog '{Id}' has no active instance on the stack.");

    private DialogContext CreateInnerContext(DialogContext outerDc, DialogInstance instance) =>
        new(Dialogs, outerDc, InnerState(instance));
}
