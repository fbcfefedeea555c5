using ComplaintBot.Domain.Legal;
using ComplaintBot.Domain.Writing;

namespace ComplaintBot.Domain.Review;

/// <summary>The review of a draft: score, flags with fixes, tips, missing key evidence and legal basis.</summary>
public sealed record ReviewResult
{
    /// <summary>Gets the effectiveness score, 0-100, twenty points per criterion of §6.</summary>
    public int Score { get; init; }

    /// <summary>Gets one line per criterion explaining its points.</summary>
    public IReadOnlyList<string> ScoreExplanation { get; init; } = [];

    /// <summary>Gets the flags, at most one per code.</summary>
    public IReadOnlyList<ReviewFlag> Flags { get; init; } = [];

    /// <summary>Gets practical tips for this case.</summary>
    public IReadOnlyList<string> Tips { get; init; } = [];

    /// <summary>Gets the names of key evidence still missing.</summary>
    public IReadOnlyList<string> MissingEvidence { get; init; } = [];

    /// <summary>Gets the articles to cite, in the user's language.</summary>
    public IReadOnlyList<LegalCitation> LegalBasis { get; init; } = [];

    /// <summary>Gets the Chinese citations used in the complaint text, whatever the user's language.</summary>
    public IReadOnlyList<LegalCitation> LegalBasisChinese { get; init; } = [];

    /// <summary>Gets the neutral rewrite of the description.</summary>
    public NeutralRewrite Rewrite { get; init; } = new(string.Empty, false, false, [], []);

    /// <summary>Gets the statutory cap when the user claims compensation and a punitive rule can apply.</summary>
    public StatutoryCap? Statutory { get; init; }

    /// <summary>Gets the same cap with its formula in Chinese, for the Chinese complaint text.</summary>
    public StatutoryCap? StatutoryChinese { get; init; }

    /// <summary>Gets a value indicating whether the item was treated as food.</summary>
    public bool IsFood { get; init; }

    /// <summary>Whether a flag with <paramref name="code"/> was raised.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True when present.</returns>
    public bool Has(ReviewFlagCode code) => Flags.Any(f => f.Code == code);
}
