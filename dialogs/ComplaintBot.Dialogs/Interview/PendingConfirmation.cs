namespace ComplaintBot.Dialogs.Interview;

/// <summary>The yes/no questions the interview can hold the conversation on, whatever step is pending.</summary>
public enum PendingConfirmation
{
    /// <summary>Facts read from a message that said several things: are they right?</summary>
    Facts,

    /// <summary>Use the neutral rewrite of an emotional description?</summary>
    Rewrite,

    /// <summary>Discard the draft?</summary>
    Cancel,

    /// <summary>Discard the draft and start again?</summary>
    Restart,

    /// <summary>Delete every draft, complaint and file of this user?</summary>
    DeleteData,
}
