namespace ComplaintBot.Domain.Normalisation;

/// <summary>A date found in text, with where it was.</summary>
internal sealed record DateMatch(int Index, int Length, ResolvedDate Resolved, bool HasExplicitYear)
{
    public int End => Index + Length;
}
