using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Complaints;

/// <summary>
/// A complaint being put together by the interview. Everything is optional and filled step by step;
/// the record is plain data so it round-trips through System.Text.Json and Newtonsoft.Json alike.
/// </summary>
public sealed record ComplaintDraft
{
    /// <summary>Gets the complaint id, set when the draft starts.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the user's language.</summary>
    public ComplaintLocale Locale { get; init; }

    /// <summary>Gets when the draft was started.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Gets when the draft last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Gets the order facts.</summary>
    public OrderFacts Order { get; init; } = new();

    /// <summary>Gets the problem facts.</summary>
    public ProblemFacts Problem { get; init; } = new();

    /// <summary>Gets the demand.</summary>
    public OutcomeFacts Outcome { get; init; } = new();

    /// <summary>Gets the evidence attached so far.</summary>
    public IReadOnlyList<EvidenceItem> Evidence { get; init; } = [];

    /// <summary>Gets a value indicating whether the user said they have no evidence.</summary>
    public bool EvidenceDeclined { get; init; }

    /// <summary>Starts an empty draft with a new id and the current time.</summary>
    /// <param name="locale">The user's language.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The new draft.</returns>
    public static ComplaintDraft Start(ComplaintLocale locale, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var now = timeProvider.GetUtcNow();
        return new ComplaintDraft { Id = ComplaintIds.New(now), Locale = locale, CreatedAt = now, UpdatedAt = now };
    }

    /// <summary>The same draft with <see cref="UpdatedAt"/> set to now.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The updated draft.</returns>
    public ComplaintDraft Touch(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return this with { UpdatedAt = timeProvider.GetUtcNow() };
    }

    /// <summary>Paths of the facts a complaint cannot do without: <c>problem.type</c>, <c>problem.description</c>, <c>outcome.type</c>.</summary>
    /// <returns>The missing paths; empty when the draft can be completed.</returns>
    public IReadOnlyList<string> MissingRequired()
    {
        var missing = new List<string>();
        if (Problem?.Type is null)
        {
            missing.Add("problem.type");
        }

        if (string.IsNullOrWhiteSpace(Problem?.Description))
        {
            missing.Add("problem.description");
        }

        if (Outcome?.Type is null)
        {
            missing.Add("outcome.type");
        }

        return missing;
    }

    /// <summary>Turns the draft into a completed complaint when the required facts are there.</summary>
    /// <param name="timeProvider">The clock, for the completion time.</param>
    /// <returns>The completion result: the complaint, or the missing paths.</returns>
    public DraftCompletion Complete(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var missing = MissingRequired();
        if (missing.Count > 0)
        {
            return new DraftCompletion(null, missing);
        }

        var now = timeProvider.GetUtcNow();
        var complaint = new Complaint
        {
            Id = Id ?? ComplaintIds.New(now),
            Locale = Locale,
            CreatedAt = CreatedAt ?? now,
            CompletedAt = now,
            ProblemType = Problem.Type!.Value,
            OutcomeType = Outcome.Type!.Value,
            Draft = this,
        };
        return new DraftCompletion(complaint, []);
    }
}
