using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// Everything the interview remembers about one conversation, beside the dialog stack: the complaint draft and
/// where the conversation stands. Plain data so it round-trips through any storage provider; the dialog stack
/// may be dropped after an error and this still lets the interview resume where it was.
/// </summary>
public sealed class InterviewState
{
    /// <summary>Gets or sets the conversation's language (<c>zh-CN</c> or <c>en-US</c>); null until the first turn.</summary>
    public string? Locale { get; set; }

    /// <summary>Gets or sets the complaint being prepared.</summary>
    public ComplaintDraft? Draft { get; set; }

    /// <summary>Gets or sets a value indicating whether the first message was already read for facts.</summary>
    public bool Started { get; set; }

    /// <summary>Gets or sets the step whose question was asked last (see <see cref="InterviewStep"/>).</summary>
    public string? PendingStep { get; set; }

    /// <summary>Gets or sets the optional steps the user skipped.</summary>
    public List<string> Skipped { get; set; } = [];

    /// <summary>Gets or sets a yes/no question awaiting an answer before the interview goes on, or null.</summary>
    public PendingConfirmation? Pending { get; set; }

    /// <summary>Gets or sets the draft as it was before facts awaiting confirmation were applied.</summary>
    public ComplaintDraft? DraftBeforeFacts { get; set; }

    /// <summary>Gets or sets a value indicating whether the user finished sending evidence.</summary>
    public bool EvidenceDone { get; set; }

    /// <summary>Gets or sets a value indicating whether the user accepted the neutral rewrite of their description.</summary>
    public bool RewriteAccepted { get; set; }

    /// <summary>Gets or sets a value indicating whether the user kept a demand the review called unreasonable.</summary>
    public bool DemandConfirmed { get; set; }

    /// <summary>Gets or sets a value indicating whether the evidence checklist was shown for the current problem type.</summary>
    public bool ChecklistShown { get; set; }

    /// <summary>Tells whether the user skipped a step.</summary>
    /// <param name="step">A step id.</param>
    /// <returns>True when skipped.</returns>
    public bool IsSkipped(string step) => Skipped.Contains(step, StringComparer.Ordinal);
}
