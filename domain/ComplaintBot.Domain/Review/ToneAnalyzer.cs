using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintBot.Domain.Review;

/// <summary>
/// Finds insults, swearing, curses, threats, name-calling and shouting (§9.1). Words inside quotation marks are
/// the seller's or someone else's words being reported and are not held against the user.
/// </summary>
public static partial class ToneAnalyzer
{
    private const int MaxTextLength = 20_000;

    /// <summary>Every emotional or abusive expression in <paramref name="text"/>, in text order.</summary>
    /// <param name="text">The user's text; any length, either language.</param>
    /// <returns>The findings; empty when the text is calm.</returns>
    public static IReadOnlyList<ToneFinding> Analyze(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var original = Normalisation.SafeText.Repair(Normalisation.SafeText.Clip(text, MaxTextLength));
        var source = Prepare(original);
        var quoted = Quoted().Matches(source).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var findings = new List<ToneFinding>();
        foreach (var (category, pattern) in ToneLexicon.Patterns)
        {
            foreach (Match m in pattern.Matches(source))
            {
                var insideQuotes = quoted.Any(q => m.Index > q.Index && m.Index + m.Length < q.End);
                var overlaps = findings.Any(f => m.Index < f.End && f.Index < m.Index + m.Length);
                if (!insideQuotes && !overlaps)
                {
                    findings.Add(new ToneFinding(category, original.Substring(m.Index, m.Length), m.Index));
                }
            }
        }

        findings.Sort((a, b) => a.Index.CompareTo(b.Index));
        return findings;
    }

    /// <summary>Whether <paramref name="text"/> has any emotional or abusive expression.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True when <see cref="Analyze(string?)"/> finds something.</returns>
    public static bool IsEmotional(string? text) => Analyze(text).Count > 0;

    // Same length as the input so indexes stay valid: NFKC can change lengths, so it is applied per character.
    internal static string Prepare(string text) =>
        Normalisation.CharacterFolding.FoldEach(Normalisation.SafeText.Repair(Normalisation.SafeText.Clip(text, MaxTextLength)));

    [GeneratedRegex(@"“[^”]{1,200}”|「[^」]{1,200}」|『[^』]{1,200}』|""[^""]{1,200}""|‘[^’]{1,200}’")]
    private static partial Regex Quoted();
}
