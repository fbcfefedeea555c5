namespace ComplaintBot.Dialogs.Interruptions;

/// <summary>What a user can say at any point of the interview, whatever question is pending.</summary>
public enum Interruption
{
    /// <summary>Nothing: the message answers the pending question.</summary>
    None,

    /// <summary>帮助 / help: explain the pending question, then ask it again.</summary>
    Help,

    /// <summary>取消 / cancel: confirm, then discard the draft.</summary>
    Cancel,

    /// <summary>重新开始 / restart: confirm, then start a new draft.</summary>
    Restart,

    /// <summary>返回 / back: ask the previous question again; other answers are kept.</summary>
    Back,

    /// <summary>跳过 / skip: leave an optional question unanswered.</summary>
    Skip,

    /// <summary>进度 / status: what is collected and what is missing.</summary>
    Status,

    /// <summary>Switch the conversation to English.</summary>
    SwitchToEnglish,

    /// <summary>Switch the conversation to Chinese.</summary>
    SwitchToChinese,

    /// <summary>我的投诉 / my complaints: list the complaints this user completed.</summary>
    MyComplaints,

    /// <summary>删除我的数据 / delete my data: remove drafts, complaints and evidence.</summary>
    DeleteMyData,
}
