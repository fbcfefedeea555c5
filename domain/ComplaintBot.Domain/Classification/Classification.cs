namespace ComplaintBot.Domain.Classification;

/// <summary>The result of classifying free text.</summary>
/// <typeparam name="T">The classified enum.</typeparam>
/// <param name="Value">The best match.</param>
/// <param name="Score">How many keywords supported it.</param>
/// <param name="IsClear">Whether it scored strictly higher than every other candidate; only then act without asking.</param>
/// <param name="MatchedKeywords">The keywords found for the best match.</param>
/// <param name="Candidates">Every value that matched at least once, best first.</param>
public sealed record Classification<T>(T Value, int Score, bool IsClear, IReadOnlyList<string> MatchedKeywords, IReadOnlyList<T> Candidates)
    where T : struct, Enum;
