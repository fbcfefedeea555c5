using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>
/// Reads dates relative to "today" in the user's time zone (§10): 上周三, 前天, 双十一, 上个月20号, 11月3日,
/// 2026-11-03, "3 days ago", "last Friday", "Nov 3". A date without a year that would lie in the future is taken
/// as last year's. Expressions it does not know go to the date recognizer, minus its habit of reading amounts
/// such as 1299.50元 as dates.
/// </summary>
public static partial class DateNormaliser
{
    private const int MaxInputLength = 20_000;

    /// <summary>Normalises one answer to a date question.</summary>
    /// <param name="input">The user's answer.</param>
    /// <param name="today">Today in the user's time zone (see <see cref="ComplaintRulesOptions.Today(TimeProvider)"/>).</param>
    /// <param name="locale">The language of the explanation.</param>
    /// <param name="mustNotBeFuture">Whether a date after today is refused (purchases, deliveries, discoveries).</param>
    /// <returns>The date (approximate ones need confirmation), or a refusal.</returns>
    public static NormalisationResult<ResolvedDate> Normalize(string? input, DateOnly today, ComplaintLocale locale, bool mustNotBeFuture = true)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return NormalisationResult<ResolvedDate>.Failure(NormalisationErrors.Empty, Texts.None.Get(locale));
        }

        var text = SafeText.Repair(SafeText.Clip(input, MaxInputLength));
        var match = FindAll(text, today, includeLoose: true).FirstOrDefault()
            ?? RecognizerDates.Find(text, today, locale);
        if (match is null)
        {
            return NormalisationResult<ResolvedDate>.Failure(NormalisationErrors.NoDate, Texts.None.Get(locale));
        }

        if (mustNotBeFuture && match.Resolved.Date > today)
        {
            return NormalisationResult<ResolvedDate>.Failure(NormalisationErrors.FutureDate, Texts.Future.Get(locale));
        }

        return match.Resolved.IsApproximate
            ? NormalisationResult<ResolvedDate>.Success(match.Resolved, needsConfirmation: true, note: Texts.Approximate.Get(locale))
            : NormalisationResult<ResolvedDate>.Success(match.Resolved);
    }

    /// <summary>
    /// Every date the rules recognise, in text order. Dates without a year are placed in the past.
    /// Loose forms (a bare "20号") are only read when the whole answer is about a date.
    /// </summary>
    internal static List<DateMatch> FindAll(string text, DateOnly today, bool includeLoose = false)
    {
        var normalized = SafeText.Nfkc(text, MaxInputLength);
        var found = new List<DateMatch>();
        foreach (var rule in DateRules.All)
        {
            if (rule.IsLoose && !includeLoose)
            {
                continue;
            }

            foreach (Match m in rule.Pattern.Matches(normalized))
            {
                if (found.Any(f => m.Index < f.End && f.Index < m.Index + m.Length))
                {
                    continue;
                }

                var resolved = rule.Resolve(m, today);
                if (resolved is not null)
                {
                    found.Add(new DateMatch(m.Index, m.Length, resolved with { Text = m.Value }, DateRule.HasExplicitYear(m)));
                }
            }
        }

        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    /// <summary>The date for month and day without a year: this year's, or last year's if that would be after today.</summary>
    internal static DateOnly? PastMonthDay(int month, int day, DateOnly today)
    {
        if (!IsValid(today.Year, month, day))
        {
            return IsValid(today.Year - 1, month, day) ? new DateOnly(today.Year - 1, month, day) : null;
        }

        var date = new DateOnly(today.Year, month, day);
        return date > today && IsValid(today.Year - 1, month, day) ? new DateOnly(today.Year - 1, month, day) : date;
    }

    internal static bool IsValid(int year, int month, int day) =>
        year is >= 1900 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    internal static int ParseSmall(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int)(ChineseNumerals.Parse(value) ?? -1);

    private static class Texts
    {
        public static readonly LocalizedText None = new(
            "没看出是哪一天。可以说「11月3日」「上周三」「前天」，或者写成 2026-11-03。",
            "I couldn't tell which day that is. You can say \"November 3\", \"last Wednesday\", \"3 days ago\" or write 2026-11-03.");

        public static readonly LocalizedText Future = new(
            "这个日期还没到呢，请再核对一下。",
            "That date is in the future; please check it.");

        public static readonly LocalizedText Approximate = new(
            "这是按大概的时间推算的日期，请确认一下对不对。",
            "This date is worked out from a rough description; please confirm it.");
    }
}
