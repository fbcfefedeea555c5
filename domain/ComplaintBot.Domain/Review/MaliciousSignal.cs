namespace ComplaintBot.Domain.Review;

/// <summary>One malicious-complaint signal found in the user's words.</summary>
/// <param name="Kind">What kind of signal.</param>
/// <param name="Text">The words found.</param>
/// <param name="Index">Where they start.</param>
public sealed record MaliciousSignal(MaliciousSignalKind Kind, string Text, int Index);
