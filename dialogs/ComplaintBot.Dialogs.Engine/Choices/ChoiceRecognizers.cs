using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintBot.Dialogs.Engine.Recognition;
using Microsoft.Recognizers.Text;

namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>Recognizes which choice an utterance picks: by name, then by ordinal, then by number.</summary>
public static partial class ChoiceRecognizers
{
    /// <summary>
    /// Recognizes choices: names, titles and synonyms first (<see cref="Find.FindChoices"/>); only when none matched,
    /// ordinals ("第二个", "the second one", "last", "最后一个", "倒数第二个"); only when no ordinal matched, numbers
    /// ("2", "二"). Ordinals and numbers are 1-based; out-of-range values are ignored.
    /// </summary>
    /// <param name="utterance">The user's text; null is fine.</param>
    /// <param name="choices">The offered choices.</param>
    /// <param name="options">Options; <see cref="FindValuesOptions.Locale"/> picks the ordinal/number language.</param>
    /// <returns>The matches, earliest mention first; the first one is what a prompt takes.</returns>
    public static IList<ModelResult<FoundChoice>> RecognizeChoices(string? utterance, IList<Choice> choices, FindChoicesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var text = MessageText.Bound(utterance);
        if (text.Length == 0 || choices.Count == 0)
        {
            return [];
        }

        var matched = Find.FindChoices(text, choices, options);
        if (matched.Count > 0)
        {
            return matched;
        }

        var ordinalFound = false;
        if (options?.RecognizeOrdinals ?? true)
        {
            (matched, ordinalFound) = RecognizeOrdinals(text, choices, options?.Locale);
        }

        // As in Bot Framework, an ordinal that names no choice ("the fourth one" of three) is still an ordinal: the
        // number in it ("one") must not pick a choice.
        if (!ordinalFound && (options?.RecognizeNumbers ?? true))
        {
            matched = RecognizeNumbers(text, choices, options?.Locale);
        }

        return matched.OrderBy(m => m.Start).ToList();
    }

    private static (List<ModelResult<FoundChoice>> Results, bool AnyOrdinal) RecognizeOrdinals(string text, IList<Choice> choices, string? locale)
    {
        var results = new List<ModelResult<FoundChoice>>();
        var anyOrdinal = false;

        // The Chinese ordinal model knows "第二" but not "最后一个" or "倒数第二个" (which it would read as 2).
        if (LocaleMapper.IsChinese(locale) || LastFromEndRegex().IsMatch(text))
        {
            foreach (Match match in LastFromEndRegex().Matches(text))
            {
                anyOrdinal = true;
                var fromEnd = match.Groups["n"].Success ? ParseChineseSmallNumber(match.Groups["n"].Value) : 1;
                if (fromEnd > 0)
                {
                    AddIndex(results, choices, choices.Count - fromEnd + 1, match.Value, match.Index, "ordinal");
                }
            }

            if (anyOrdinal)
            {
                return (results, true);
            }
        }

        foreach (var result in RecognizerModels.GetOrdinalModel(locale).Parse(text))
        {
            anyOrdinal = true;
            if (Resolve(result, choices.Count) is { } position)
            {
                AddIndex(results, choices, position, result.Text, result.Start, "ordinal");
            }
        }

        return (results, anyOrdinal);
    }

    private static List<ModelResult<FoundChoice>> RecognizeNumbers(string text, IList<Choice> choices, string? locale)
    {
        var results = new List<ModelResult<FoundChoice>>();
        foreach (var result in RecognizerModels.GetNumberModel(locale).Parse(text))
        {
            if (Resolve(result, choices.Count) is { } position)
            {
                AddIndex(results, choices, position, result.Text, result.Start, "number");
            }
        }

        return results;
    }

    private static int? Resolve(ModelResult result, int count)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("value", out var raw) || raw is not string value)
        {
            return null;
        }

        value = value.Trim();
        if (value.StartsWith("end", StringComparison.OrdinalIgnoreCase))
        {
            var offsetText = value[3..];
            if (offsetText.Length == 0)
            {
                return count;
            }

            return int.TryParse(offsetText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset) ? count + offset : null;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number == Math.Floor(number) && number is >= 1 and <= int.MaxValue
            ? (int)number
            : null;
    }

    private static void AddIndex(List<ModelResult<FoundChoice>> results, IList<Choice> choices, int position, string text, int start, string typeName)
    {
        if (position < 1 || position > choices.Count || results.Any(r => r.Resolution.Index == position - 1))
        {
            return;
        }

        results.Add(new ModelResult<FoundChoice>
        {
            Text = text,
            Start = start,
            End = start + text.Length - 1,
            TypeName = typeName,
            Resolution = new FoundChoice { Value = choices[position - 1].Value, Index = position - 1, Score = 1f },
        });
    }

    private static int ParseChineseSmallNumber(string value)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        const string digits = "零一二三四五六七八九";
        if (value.Length == 1)
        {
            return value == "两" ? 2 : value == "十" ? 10 : digits.IndexOf(value[0], StringComparison.Ordinal);
        }

        // 十一..九十九
        var tens = value[0] == '十' ? 1 : digits.IndexOf(value[0], StringComparison.Ordinal);
        var ones = value[^1] == '十' ? 0 : digits.IndexOf(value[^1], StringComparison.Ordinal);
        return tens < 0 || ones < 0 ? -1 : (tens * 10) + ones;
    }

    [GeneratedRegex(@"倒数第(?<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})|最后(?:一个|一项|一|那个)?")]
    private static partial Regex LastFromEndRegex();
}
