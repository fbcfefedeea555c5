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

    public static Classification<T>? Classify<T>(string? text, IEnumerable<(T Value, IReadOnlyList<string> Keywords)> table, IReadOnlyList<T> priority)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var source = SafeText.Nfkc(text, MaxTextLength).ToLowerInvariant();
        var claimed = new bool[source.Length];
        var hits = new Dictionary<T, List<string>>();
        var keywords = table.SelectMany(t => t.Keywords.Select(k => (t.Value, Keyword: k.ToLowerInvariant())))
            .OrderByDescending(k => k.Keyword.Length);
        foreach (var (value, keyword) in keywords)
        {
            foreach (var index in Occurrences(source, keyword))
            {
                if (Enumerable.Range(index, keyword.Length).Any(i => claimed[i]))
                {
                    continue;
                }

                for (var i = index; i < index + keyword.Length; i++)
                {
                    claimed[i] = true;
                }

                if (!IsNegated(source, index))
                {
                    (hits.TryGetValue(value, out var list) ? list : hits[value] = []).Add(keyword);
                }
            }
        }

        if (hits.Count == 0)
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
        return keywords.Any(k => Occurrences(source, k.ToLowerInvariant()).Any());
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

    private static IEnumerable<int> Occurrences(string source, string keyword)
    {
        if (keyword.Length == 0)
        {
            yield break;
        }

        var ascii = keyword.All(c => c < 128);
        var start = 0;
        while ((start = source.IndexOf(keyword, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + keyword.Length;
            var wholeWord = !ascii || ((start == 0 || !char.IsAsciiLetter(source[start - 1])) && (end == source.Length || !char.IsAsciiLetter(source[end])));
            if (wholeWord)
            {
                yield return start;
            }

            start = end;
        }
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
