using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Classification;

/// <summary>
/// Deterministic keyword scoring shared by the classifiers: longest keywords claim their text first (so 退货退款
/// is not also counted as 退款), English keywords match whole words only, and a keyword right after a negation
/// (不是假货, "not broken") does not count.
/// </summary>
internal static class KeywordScorer
{
    private const int MaxTextLength = 20_000;
    private static readonly string[] ChineseNegations = ["不是", "不要", "不想", "并不", "没有", "并没", "不", "没", "未", "无", "非"];
    private static readonly string[] EnglishNegations = ["not ", "no ", "never ", "isn't ", "wasn't ", "isnt ", "wasnt "];

    public static Classification<T>? Classify<T>(string? text, KeywordTable<T> table, IReadOnlyList<T> priority)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var source = SafeText.Nfkc(text, MaxTextLength).ToLowerInvariant();
        var claimed = new bool[source.Length];
        Dictionary<T, List<string>>? hits = null;
        foreach (var (value, keyword, ascii) in table.Entries)
        {
            for (var index = NextOccurrence(source, keyword, ascii, 0); index >= 0; index = NextOccurrence(source, keyword, ascii, index + keyword.Length))
            {
                var span = claimed.AsSpan(index, keyword.Length);
                if (span.Contains(true))
                {
                    continue;
                }

                span.Fill(true);
                if (!IsNegated(source, index))
                {
                    hits ??= [];
                    (hits.TryGetValue(value, out var list) ? list : hits[value] = []).Add(keyword);
                }
            }
        }

        if (hits is null)
        {
            return null;
        }

        var ranked = hits.OrderByDescending(h => h.Value.Count).ThenBy(h => Rank(priority, h.Key)).ToList();
        var best = ranked[0];
        var isClear = ranked.Count == 1 || ranked[1].Value.Count < best.Value.Count;
        return new Classification<T>(best.Key, best.Value.Count, isClear, best.Value.Distinct().ToList(), ranked.Select(r => r.Key).ToList());
    }

    /// <summary>Whether any keyword occurs (whole words for English), negations ignored.</summary>
    public static bool ContainsAny(string text, IEnumerable<string> keywords)
    {
        var source = SafeText.Nfkc(text, MaxTextLength).ToLowerInvariant();
        return keywords.Select(k => k.ToLowerInvariant()).Any(k => k.Length > 0 && NextOccurrence(source, k, k.All(char.IsAscii), 0) >= 0);
    }

    private static int Rank<T>(IReadOnlyList<T> priority, T value)
        where T : struct, Enum
    {
        for (var i = 0; i < priority.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(priority[i], value))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    /// <summary>Where <paramref name="keyword"/> next occurs from <paramref name="start"/> on (as a whole word when ASCII), or -1.</summary>
    private static int NextOccurrence(string source, string keyword, bool ascii, int start)
    {
        while (start <= source.Length && (start = source.IndexOf(keyword, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + keyword.Length;
            if (!ascii || ((start == 0 || !char.IsAsciiLetter(source[start - 1])) && (end == source.Length || !char.IsAsciiLetter(source[end]))))
            {
                return start;
            }

            start = end;
        }

        return -1;
    }

    private static bool IsNegated(string source, int index)
    {
        var before = source[Math.Max(0, index - 8)..index];
        if (before.Length > 0 && before[^1] < 128)
        {
            return EnglishNegations.Any(n => before.EndsWith(n, StringComparison.Ordinal));
        }

        return ChineseNegations.Any(n => before.EndsWith(n, StringComparison.Ordinal));
    }
}
