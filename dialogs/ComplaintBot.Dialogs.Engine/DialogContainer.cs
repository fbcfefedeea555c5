namespace ComplaintBot.Dialogs.Engine;

/// <summary>A dialog that owns a set of child dialogs running on its own inner stack.</summary>
public abstract class DialogContainer : Dialog
{
    /// <summary>Initializes a new instance of the <see cref="DialogContainer"/> class.</summary>
    /// <param name="dialogId">The id; null for the class name.</param>
    protected DialogContainer(string? dialogId = null)
        : base(dialogId)
    {
    }

    /// <summary>Gets the child dialogs.</summary>
    /// <value>The container's set.</value>
    public DialogSet Dialogs { get; } = new();

    /// <summary>Creates the inner context of this container's active instance in <paramref name="dc"/>.</summary>
    /// <param name="dc">The context this container is active in.</param>
    /// <returns>The inner context, or null.</returns>
    public abstract DialogContext? CreateChildContext(DialogContext dc);

    /// <summary>Finds a child dialog.</summary>
    /// <param name="dialogId">The id.</param>
    /// <returns>The dialog, or null.</returns>
    public virtual Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    /// <inheritdoc />
    public override string GetVersion() => $"{Id}:{GetInternalVersion()}";

    /// <summary>Gets the hash of the child dialogs' versions.</summary>
    /// <returns>The hash.</returns>
    protected virtual string GetInternalVersion() => Dialogs.GetVersion();
}
