using ComplaintBot.Domain.Legal;

namespace ComplaintBot.Domain.Documents;

/// <summary>The <c>review</c> part of the complaint document.</summary>
public sealed record ReviewSection
{
    /// <summary>Gets the score, 0-100.</summary>
    public int Score { get; init; }

    /// <summary>Gets one localized line per criterion.</summary>
    public IReadOnlyList<string> ScoreExplanation { get; init; } = [];

    /// <summary>Gets the flags.</summary>
    public IReadOnlyList<FlagEntry> Flags { get; init; } = [];

    /// <summary>Gets the tips.</summary>
    public IReadOnlyList<string> Tips { get; init; } = [];

    /// <summary>Gets the localized names of key evidence still missing.</summary>
    public IReadOnlyList<string> MissingEvidence { get; init; } = [];

    /// <summary>Gets the legal basis.</summary>
    public IReadOnlyList<LegalCitation> LegalBasis { get; init; } = [];
}
