namespace ComplaintBot.Domain.Complaints;

/// <summary>The result of <see cref="ComplaintDraft.Complete(TimeProvider)"/>.</summary>
/// <param name="Complaint">The completed complaint, or null when facts are missing.</param>
/// <param name="Missing">Paths of the missing required facts, e.g. <c>outcome.type</c>.</param>
public sealed record DraftCompletion(Complaint? Complaint, IReadOnlyList<string> Missing)
{
    /// <summary>Gets a value indicating whether the draft was completed.</summary>
    public bool IsComplete => Complaint is not null;
}
