using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Engine.Recognition;

/// <summary>
/// Recognizes yes/no answers in Chinese and English (Recognizers.Text.Choice is not available).
/// </summary>
/// <remarks>
/// Chinese keywords are searched inside the text (so "我同意" works), English ones as whole words. Keywords are
/// tried longest first and, at equal length, negations first; every affirmative also yields the negations
/// "不…"/"没…", so "我不同意" is no although it contains "同意". The user's language is tried first, then the other.
/// </remarks>
public static partial class YesNoRecognizer
{
    private static readonly string[] ChineseYes = ["是", "是的", "对", "对的", "好", "好的", "可以", "没问题", "行", "同意", "嗯", "没错", "不错", "👍", "👌"];
    private static readonly string[] ChineseNo = ["否", "不", "不是", "不用", "算了", "不要", "不行", "不对", "不需要", "👎"];
    private static readonly string[] EnglishYes = ["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "y", "agree"];
    private static readonly string[] EnglishNo = ["no", "nope", "nah", "n", "not now", "not ok", "not okay", "no thanks", "disagree"];

    private static readonly (string Keyword, bool Value)[] Chinese = Rank(ChineseYes, ChineseNo.Concat(ChineseYes.Where(IsCjk).SelectMany(y => new[] { "不" + y, "没" + y })));
    private static readonly (string Keyword, bool Value)[] English = Rank(EnglishYes, EnglishNo);

    /// <summary>Recognizes a yes/no answer.</summary>
    /// <param name="text">The user's text; null is fine.</param>
    /// <param name="locale">The user's locale (decides which language is tried first).</param>
    /// <returns>True for yes, false for no, null when neither was found.</returns>
    public static bool? Recognize(string? text, string? locale)
    {
        var value = MessageText.Bound(text).ToLowerInvariant();
        if (value.Length == 0)
        {
            return null;
        }

        return LocaleMapper.IsChinese(locale)
            ? FindChinese(value) ?? FindEnglish(value)
            : FindEnglish(value) ?? FindChinese(value);
    }

    private static bool? FindChinese(string text)
    {
        foreach (var (keyword, result) in Chinese)
        {
            if (text.Contains(keyword, StringComparison.Ordinal))
            {
                return result;
            }
        }

        return null;
    }

    private static bool? FindEnglish(string text)
    {
        foreach (var (keyword, result) in English)
        {
            var at = 0;
            while ((at = text.IndexOf(keyword, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + keyword.Length;
                if ((at == 0 || !IsLatinWordChar(text[at - 1])) && (end == text.Length || !IsLatinWordChar(text[end])))
                {
                    return result;
                }

                at = end;
            }
        }

        return null;
    }

    private static (string, bool)[] Rank(IEnumerable<string> yes, IEnumerable<string> no) =>
        no.Select(k => (Keyword: k, Value: false))
            .Concat(yes.Select(k => (Keyword: k, Value: true)))
            .DistinctBy(k => k.Keyword)
            .OrderByDescending(k => k.Keyword.Length)
            .ThenBy(k => k.Value)
            .Select(k => (k.Keyword, k.Value))
            .ToArray();

    private static bool IsCjk(string keyword) => CjkRegex().IsMatch(keyword);

    private static bool IsLatinWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '\'';

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+$")]
    private static partial Regex CjkRegex();
}
