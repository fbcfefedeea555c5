using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>An amount found in text.</summary>
/// <param name="Index">Where it starts.</param>
/// <param name="Length">How long the matched text is.</param>
/// <param name="Money">The amount; zero or negative values are kept so callers can refuse them.</param>
/// <param name="IsMarked">Whether a currency sign, unit or payment word marks it as money.</param>
/// <param name="MaybeYen">Whether a bare ¥ in English could mean yen.</param>
/// <param name="IsNegative">Whether a minus sign or 负 preceded it.</param>
internal sealed record AmountMatch(int Index, int Length, Money Money, bool IsMarked, bool MaybeYen, bool IsNegative)
{
    public int End => Index + Length;
}
