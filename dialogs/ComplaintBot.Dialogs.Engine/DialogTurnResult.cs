using System.Diagnostics;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>The outcome of a dialog operation for the current turn.</summary>
[DebuggerDisplay("{Status} {Result}")]
public sealed class DialogTurnResult
{
    /// <summary>Initializes a new instance of the <see cref="DialogTurnResult"/> class.</summary>
    /// <param name="status">The stack state.</param>
    /// <param name="result">The result of a completed dialog, if any.</param>
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    /// <summary>Gets the stack state.</summary>
    /// <value>See <see cref="DialogTurnStatus"/>.</value>
    public DialogTurnStatus Status { get; }

    /// <summary>Gets the result of a completed dialog.</summary>
    /// <value>Null unless <see cref="Status"/> is <see cref="DialogTurnStatus.Complete"/>.</value>
    public object? Result { get; }

    /// <summary>Gets or sets a value indicating whether a parent dialog ended too (parity only).</summary>
    /// <value>False by default.</value>
    public bool ParentEnded { get; set; }
}
