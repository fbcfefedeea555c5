namespace ComplaintBot.Dialogs.Engine;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was just started (<see cref="DialogContext.BeginDialogAsync"/>).</summary>
    BeginCalled,

    /// <summary>The dialog continues with a new activity (<see cref="DialogContext.ContinueDialogAsync"/>).</summary>
    ContinueCalled,

    /// <summary>The dialog ended normally (<see cref="DialogContext.EndDialogAsync"/>).</summary>
    EndCalled,

    /// <summary>The dialog was replaced (<see cref="DialogContext.ReplaceDialogAsync"/>).</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled (<see cref="DialogContext.CancelAllDialogsAsync(CancellationToken)"/>).</summary>
    CancelCalled,

    /// <summary>A waterfall step called <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,
}
