namespace ComplaintBot.Dialogs.Engine;

/// <summary>The state of a dialog stack after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack was empty; nothing ran.</summary>
    Empty,

    /// <summary>The active dialog waits for the user.</summary>
    Waiting,

    /// <summary>The dialog finished and nothing is left on this context's stack.</summary>
    Complete,

    /// <summary>The stack was cancelled.</summary>
    Cancelled,

    /// <summary>The dialog finished but the turn should end (kept for parity).</summary>
    CompleteAndWait,
}
