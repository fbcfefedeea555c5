namespace ComplaintBot.Dialogs.History;

/// <summary>A complaint the user confirmed, kept so "我的投诉 / my complaints" can list it.</summary>
public sealed class SavedComplaint
{
    /// <summary>Gets or sets the complaint id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets when it was confirmed.</summary>
    public DateTimeOffset CompletedAt { get; set; }

    /// <summary>Gets or sets the item it is about, if known.</summary>
    public string? Item { get; set; }

    /// <summary>Gets or sets the problem type key.</summary>
    public string ProblemType { get; set; } = string.Empty;

    /// <summary>Gets or sets the outcome type key.</summary>
    public string OutcomeType { get; set; } = string.Empty;

    /// <summary>Gets or sets the complaint document as JSON (the same document the summary card was built from).</summary>
    public string DocumentJson { get; set; } = string.Empty;
}
