using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ComplaintBot.Domain.Normalisation;
using ComplaintBot.Domain.Review;

namespace ComplaintBot.Domain.Writing;

/// <summary>
/// Rewrites a description neutrally (§9.1): insults and swearing are removed, name-calling becomes a neutral noun,
/// clauses with threats, curses or ultimatums are dropped and replaced by the lawful next step, shouting is calmed.
/// Everything else, every number, date and fact, stays word for word; legal terms such as 欺诈 or 虚假宣传 are kept.
/// </summary>
public static partial class NeutralRewriter
{
    private const int MaxTextLength = 20_000;
    private static readonly string[] Conditionals = ["如果", "要是", "假如", "若", "再不", "不", "if", "unless", "otherwise"];

    /// <summary>Rewrites <paramref name="text"/>.</summary>
    /// <param name="text">The user's description.</param>
    /// <returns>The neutral text with what was found; the input unchanged (trimmed) when it is calm.</returns>
    public static NeutralRewrite Rewrite(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new NeutralRewrite(string.Empty, false, false, [], []);
        }

        // Detection runs on a width-normalised copy of the same length; the output keeps the user's own characters.
        var source = SafeText.Repair(SafeText.Clip(text, MaxTextLength));
        var findings = ToneAnalyzer.Analyze(source);
        var signals = MaliciousSignalDetector.Detect(source);
        if (findings.Count == 0 && signals.Count == 0)
        {
            return new NeutralRewrite(text.Trim(), false, false, findings, signals);
        }

        var clauses = ClauseBreak().Split(source).Where(c => c.Length > 0).ToList();
        var kept = new List<string?>();
        var removedThreat = false;
        var offset = 0;
        foreach (var clause in clauses)
        {
            var start = offset;
            var end = offset + clause.Length;
            offset = end;
            var inClause = findings.Where(f => f.Index < end && f.End > start).ToList();
            var dropsClause = inClause.Any(f => f.Category is ToneCategory.Threat or ToneCategory.Curse or ToneCategory.Generalisation)
                || signals.Any(s => s.Index < end && s.Index + s.Text.Length > start);
            if (dropsClause)
            {
                removedThreat |= inClause.Any(f => f.Category == ToneCategory.Threat) || signals.Count > 0;
                DropDanglingCondition(kept);
                kept.Add(null);
                continue;
            }

            // A clause that is nothing but abuse ("黑店。") goes entirely rather than leaving a stray noun.
            var cleaned = Clean(clause, start, inClause);
            var bare = Clean(clause, start, inClause.Where(f => f.Category != ToneCategory.Shouting).Select(f => f with { Category = ToneCategory.Insult }).ToList());
            kept.Add(IsEmpty(cleaned) || IsEmpty(bare) ? null : cleaned);
        }

        var result = Tidy(string.Concat(kept.Where(k => k is not null)));
        var chinese = HasCjk(source);
        if (removedThreat)
        {
            var lawful = chinese
                ? "如未在合理期限内处理，我将申请平台介入，并向12315投诉。"
                : "If this is not resolved within a reasonable time, I will request platform intervention and complain to 12315.";
            result = result.Length == 0 ? lawful : result + (chinese ? string.Empty : " ") + lawful;
        }

        return new NeutralRewrite(result, true, removedThreat, findings, signals);
    }

    private static void DropDanglingCondition(List<string?> kept)
    {
        if (kept.Count > 0 && kept[^1] is { } previous && previous.TrimEnd().EndsWith([',', '，']))
        {
            var head = previous.TrimStart();
            if (Conditionals.Any(c => head.StartsWith(c, StringComparison.OrdinalIgnoreCase)))
            {
                kept[^1] = null;
            }
        }
    }

    private static string Clean(string clause, int clauseStart, List<ToneFinding> findings)
    {
        var builder = new StringBuilder(clause);
        foreach (var f in findings.OrderByDescending(f => f.Index))
        {
            var from = Math.Max(f.Index, clauseStart) - clauseStart;
            var to = Math.Min(f.End - clauseStart, clause.Length);
            var replacement = f.Category switch
            {
                ToneCategory.NameCalling => ToneLexicon.NeutralFor(f.Text) ?? string.Empty,
                ToneCategory.Shouting when f.Text.Any(char.IsAsciiLetter) => f.Text.ToLowerInvariant(),
                ToneCategory.Shouting when f.Text.Any(c => c is '!' or '！') => f.Text.Any(char.IsAscii) && !HasCjk(clause) ? "." : "。",
                ToneCategory.Shouting when f.Text.Any(c => c is '?' or '？') => HasCjk(clause) ? "？" : "?",
                _ => string.Empty,
            };
            builder.Remove(from, to - from).Insert(from, replacement);
        }

        return builder.ToString();
    }

    // A clause reduced to particles and pronouns ("你们这些", "真是") says nothing and goes.
    private static bool IsEmpty(string clause)
    {
        var body = Filler().Replace(Punctuation().Replace(clause, string.Empty), string.Empty);
        return body.Length < 2;
    }

    private static string Tidy(string text)
    {
        var t = RepeatedPunctuation().Replace(text, m => m.Value[^1].ToString());
        t = Regex.Replace(t, @"[!！]", m => m.Index > 0 && HasCjk(t[Math.Max(0, m.Index - 1)].ToString()) ? "。" : ".");
        t = Regex.Replace(t, @"[ \t]{2,}", " ");
        t = Regex.Replace(t, @"\s+([,.;:!?，。；：！？])", "$1");
        t = Regex.Replace(t, @"^[\s,，。.;；]+", string.Empty);
        t = Regex.Replace(t, @"([，,])(?=\s*$)", string.Empty);
        t = t.Trim();
        if (t.Length > 0 && HasCjk(t) && !"。！？.!?".Contains(t[^1], StringComparison.Ordinal))
        {
            t += "。";
        }

        return SentenceStart().Replace(t, m => m.Value.ToUpper(CultureInfo.InvariantCulture));
    }

    private static bool HasCjk(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [GeneratedRegex(@"(?<=[，,。！？!?；;\n])")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"[\s\p{P}\p{S}]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"你们|你|这些|这个|那个|这|那|真是|简直|就是|真|是|的|了|啊|吧|呢|呀|太|都|\b(?:you|are|is|a|the|what|so|such|all|and)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"([，,。.；;])[\s，,。.；;]*[，,。.；;]")]
    private static partial Regex RepeatedPunctuation();

    [GeneratedRegex(@"(?:^|(?<=[.!?]\s))[a-z]")]
    private static partial Regex SentenceStart();
}
