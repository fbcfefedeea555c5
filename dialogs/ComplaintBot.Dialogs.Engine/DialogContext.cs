using ComplaintBot.Dialogs.Engine.Recognition;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// The dialog stack of one level of the dialog tree for the current turn, with the operations that change it.
/// </summary>
/// <remarks>
/// Split by facet: this file holds construction and navigation; <c>DialogContext.Stack.cs</c> the stack
/// operations; <c>DialogContext.Events.cs</c> events and reprompting. Every public operation records the
/// flattened stack ids on a failing exception (<see cref="DialogExceptionData"/>).
/// </remarks>
public partial class DialogContext
{
    private readonly DialogState _state;

    /// <summary>Initializes a new instance of the <see cref="DialogContext"/> class for a root stack.</summary>
    /// <param name="dialogs">The dialogs this context can start.</param>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The persisted stack.</param>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        _state = state;
    }

    /// <summary>Initializes a new instance of the <see cref="DialogContext"/> class for a container's inner stack.</summary>
    /// <param name="dialogs">The container's dialogs.</param>
    /// <param name="parentDialogContext">The context the container is active in.</param>
    /// <param name="state">The container's persisted inner stack.</param>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, state)
    {
        Parent = parentDialogContext;
    }

    /// <summary>Initializes a new instance of the <see cref="DialogContext"/> class sharing another context's stack.</summary>
    /// <param name="other">The context whose set, turn, stack and parent are shared.</param>
    protected DialogContext(DialogContext other)
        : this((other ?? throw new ArgumentNullException(nameof(other))).Dialogs, other.Context, other._state)
    {
        Parent = other.Parent;
    }

    /// <summary>Gets the dialogs this context can start.</summary>
    /// <value>The set.</value>
    public DialogSet Dialogs { get; }

    /// <summary>Gets the turn.</summary>
    /// <value>The turn context.</value>
    public ITurnContext Context { get; }

    /// <summary>Gets the live stack, top first (not a copy).</summary>
    /// <value>The persisted list.</value>
    public IList<DialogInstance> Stack => _state.DialogStack;

    /// <summary>Gets the context of the container this context belongs to.</summary>
    /// <value>Null for the root context.</value>
    public DialogContext? Parent { get; }

    /// <summary>Gets the instance on top of the stack.</summary>
    /// <value>Null when the stack is empty.</value>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Gets the inner context of the active dialog when it is a container.</summary>
    /// <value>Null when the active dialog is not a container or the stack is empty.</value>
    public DialogContext? Child
    {
        get
        {
            var active = ActiveDialog;
            return active is not null && FindDialog(active.Id) is DialogContainer container ? container.CreateChildContext(this) : null;
        }
    }

    /// <summary>Finds a dialog in this context's set, then in the parents' sets.</summary>
    /// <param name="dialogId">The id.</param>
    /// <returns>The dialog, or null.</returns>
    public Dialog? FindDialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        return Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);
    }

    /// <summary>Gets the culture the engine uses for this turn: zh-CN for any Chinese locale, otherwise en-US.</summary>
    /// <returns>The mapped culture name.</returns>
    public string GetLocale() => LocaleMapper.Resolve(Context.Activity, null);

    /// <summary>Gets the dialog ids from the root stack down to this context, bottom of each stack first.</summary>
    /// <returns>The ids.</returns>
    public IReadOnlyList<string> GetFlattenedStackIds()
    {
        var contexts = new List<DialogContext>();
        for (var dc = this; dc is not null; dc = dc.Parent)
        {
            contexts.Insert(0, dc);
        }

        var ids = new List<string>();
        foreach (var dc in contexts)
        {
            for (var i = dc.Stack.Count - 1; i >= 0; i--)
            {
                ids.Add(dc.Stack[i].Id);
            }
        }

        return ids;
    }
}
