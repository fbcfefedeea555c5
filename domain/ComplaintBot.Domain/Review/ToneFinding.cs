namespace ComplaintBot.Domain.Review;

/// <summary>One emotional or abusive expression found in a text.</summary>
/// <param name="Category">What kind of expression it is.</param>
/// <param name="Text">The words found.</param>
/// <param name="Index">Where they start.</param>
public sealed record ToneFinding(ToneCategory Category, string Text, int Index)
{
    /// <summary>Gets where the words end.</summary>
    public int End => Index + Text.Length;
}
