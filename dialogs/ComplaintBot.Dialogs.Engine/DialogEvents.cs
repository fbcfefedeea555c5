namespace ComplaintBot.Dialogs.Engine;

/// <summary>Names of the events the engine emits through <see cref="DialogContext.EmitEventAsync"/>.</summary>
public static class DialogEvents
{
    /// <summary>A dialog is starting.</summary>
    public const string BeginDialog = "beginDialog";

    /// <summary>The active dialog should re-ask its question.</summary>
    public const string RepromptDialog = "repromptDialog";

    /// <summary>A stack is being cancelled from a child context.</summary>
    public const string CancelDialog = "cancelDialog";

    /// <summary>A new activity arrived.</summary>
    public const string ActivityReceived = "activityReceived";

    /// <summary>A container's dialogs changed since its state was saved.</summary>
    public const string VersionChanged = "versionChanged";

    /// <summary>An error occurred.</summary>
    public const string Error = "error";

    /// <summary>A custom event.</summary>
    public const string Custom = "custom";
}
