namespace ComplaintBot.Domain.Complaints;

/// <summary>What the user asks for.</summary>
public sealed record OutcomeFacts
{
    /// <summary>Gets the main demand.</summary>
    public OutcomeType? Type { get; init; }

    /// <summary>Gets the amount claimed (refund or compensation), when the user named one.</summary>
    public Money? Amount { get; init; }

    /// <summary>Gets acceptable alternatives, in the user's order of preference.</summary>
    public IReadOnlyList<OutcomeType> Alternatives { get; init; } = [];
}
