using System.Globalization;
using ComplaintBot.Domain.Localization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>
/// Falls back to Microsoft.Recognizers.Text for date expressions our own rules do not cover. Its results that
/// overlap an amount are dropped: it reads "1299.50元" as a date.
/// </summary>
internal static class RecognizerDates
{
    // The recognizer is slow on long input; a date answer is short.
    private const int MaxInputLength = 300;

    public static DateMatch? Find(string text, DateOnly today, ComplaintLocale locale)
    {
        if (text.Length > MaxInputLength)
        {
            return null;
        }

        var culture = locale == ComplaintLocale.EnUs ? Culture.English : Culture.Chinese;
        var amounts = AmountNormaliser.FindAll(text, locale).Where(a => a.IsMarked).ToList();
        var results = DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, today.ToDateTime(new TimeOnly(12, 0)));
        foreach (var result in results)
        {
            var overlapsAmount = amounts.Any(a => result.Start < a.End && a.Index <= result.End);
            if (overlapsAmount || !result.TypeName.EndsWith(".date", StringComparison.Ordinal) || text.Trim().All(char.IsAsciiDigit))
            {
                continue;
            }

            var date = PickDate(result.Resolution, today);
            if (date is not null)
            {
                return new DateMatch(result.Start, result.End - result.Start + 1, new ResolvedDate(date.Value, false, result.Text), false);
            }
        }

        return null;
    }

    private static DateOnly? PickDate(SortedDictionary<string, object> resolution, DateOnly today)
    {
        if (!resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
        {
            return null;
        }

        var dates = values
            .Select(v => v.TryGetValue("value", out var s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .Where(d => d is not null)
            .Select(d => d!.Value)
            .ToList();

        // Year-less dates come back as a past and a future candidate; the past one is what people mean here.
        var past = dates.Where(d => d <= today).ToList();
        return past.Count > 0 ? past.Max() : dates.Count > 0 ? dates[0] : null;
    }
}
