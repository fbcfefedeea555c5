namespace ComplaintBot.Domain.Normalisation;

/// <summary>A calendar date read from text.</summary>
/// <param name="Date">The date.</param>
/// <param name="IsApproximate">Whether the text only gives it roughly ("半个月前", "two weeks ago") or ambiguously ("last Friday").</param>
/// <param name="Text">The words it was read from.</param>
public sealed record ResolvedDate(DateOnly Date, bool IsApproximate, string Text);
