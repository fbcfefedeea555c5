namespace ComplaintBot.Domain.Review;

/// <summary>One review finding with a concrete fix, both in the user's language.</summary>
/// <param name="Code">What was found.</param>
/// <param name="Message">Why it matters.</param>
/// <param name="Fix">What to do about it.</param>
public sealed record ReviewFlag(ReviewFlagCode Code, string Message, string Fix);
