using System.Text.RegularExpressions;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>The date patterns, most specific first; an earlier rule's match blocks overlapping later ones.</summary>
internal static partial class DateRules
{
    private const string Cn = "[一二两三四五六七八九十]{1,3}";
    private const string Months = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

    public static IReadOnlyList<DateRule> All { get; } =
    [
        new(Iso(), (m, _) => Exact(Int(m, "y"), Int(m, "mo"), Int(m, "d"))),
        new(ChineseYearMonthDay(), (m, today) => Exact(YearOf(m, today), DateNormaliser.ParseSmall(m.Groups["mo"].Value), DateNormaliser.ParseSmall(m.Groups["d"].Value))),
        new(ChineseMonthDay(), (m, today) => MonthDay(DateNormaliser.ParseSmall(m.Groups["mo"].Value), DateNormaliser.ParseSmall(m.Groups["d"].Value), today)),
        new(EnglishMonthDay(), (m, today) => English(m, today)),
        new(EnglishDayMonth(), (m, today) => English(m, today)),
        new(Festival(), (m, today) => Festive(m.Value, today)),
        new(RelativeMonthDay(), (m, today) => RelativeMonth(m, today)),
        new(ChineseWeekday(), (m, today) => ChineseWeek(m, today)),
        new(ChineseDayWord(), (m, today) => Offset(today, m.Value switch { "大前天" => -3, "前天" => -2, "昨天" or "昨日" => -1, "明天" => 1, "后天" => 2, _ => 0 }, false)),
        new(ChineseAgo(), (m, today) => Ago(today, m.Groups["half"].Success ? 0.5 : DateNormaliser.ParseSmall(m.Groups["n"].Value), m.Groups["u"].Value)),
        new(EnglishDayWord(), (m, today) => Offset(today, m.Value.ToUpperInvariant() switch { "THE DAY BEFORE YESTERDAY" => -2, "YESTERDAY" => -1, "TOMORROW" => 1, _ => 0 }, false)),
        new(EnglishAgo(), (m, today) => Ago(today, EnglishCount(m.Groups["n"].Value), m.Groups["u"].Value)),
        new(EnglishWeekday(), (m, today) => EnglishWeek(m, today)),
        new(BareDayOfMonth(), (m, today) => BareDay(DateNormaliser.ParseSmall(m.Groups["d"].Value), today), IsLoose: true),
    ];

    private static int Int(Match m, string group) => DateNormaliser.ParseSmall(m.Groups[group].Value);

    private static ResolvedDate? Exact(int year, int month, int day) =>
        DateNormaliser.IsValid(year, month, day) ? new ResolvedDate(new DateOnly(year, month, day), false, string.Empty) : null;

    private static int YearOf(Match m, DateOnly today) => m.Groups["y"].Success
        ? Int(m, "y")
        : today.Year - m.Groups["rel"].Value switch { "去年" => 1, "前年" => 2, _ => 0 };

    private static ResolvedDate? MonthDay(int month, int day, DateOnly today) =>
        DateNormaliser.PastMonthDay(month, day, today) is { } d ? new ResolvedDate(d, false, string.Empty) : null;

    private static ResolvedDate Offset(DateOnly today, int days, bool approximate) => new(today.AddDays(days), approximate, string.Empty);

    private static ResolvedDate? Ago(DateOnly today, double count, string unit)
    {
        if (count is < 0 or > 3650)
        {
            return null;
        }

        var u = unit.ToUpperInvariant();
        return u switch
        {
            "天" or "日" or "DAY" or "DAYS" => Offset(today, -(int)count, count != Math.Floor(count)),
            "周" or "星期" or "礼拜" or "个星期" or "个礼拜" or "WEEK" or "WEEKS" => Offset(today, -(int)Math.Round(count * 7), true),
            "年" or "YEAR" or "YEARS" => Offset(today, -(int)Math.Round(count * 365), true),
            _ => count == Math.Floor(count)
                ? new ResolvedDate(today.AddMonths(-(int)count), true, string.Empty)
                : Offset(today, -(int)Math.Round(count * 30), true),
        };
    }

    private static ResolvedDate? Festive(string text, DateOnly today)
    {
        var t = text.ToUpperInvariant();
        var (month, day) = t.Contains("12", StringComparison.Ordinal) || t.Contains("十二", StringComparison.Ordinal) ? (12, 12)
            : t.Contains("618", StringComparison.Ordinal) || t.Contains("六一八", StringComparison.Ordinal) ? (6, 18)
            : (11, 11);
        return MonthDay(month, day, today);
    }

    private static ResolvedDate? RelativeMonth(Match m, DateOnly today)
    {
        var day = Int(m, "d");
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(m.Groups["which"].Value.StartsWith('上') ? -1 : 0);
        return Exact(first.Year, first.Month, day);
    }

    private static ResolvedDate? BareDay(int day, DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        var month = day <= today.Day ? first : first.AddMonths(-1);
        return Exact(month.Year, month.Month, day);
    }

    private static ResolvedDate ChineseWeek(Match m, DateOnly today)
    {
        var target = m.Groups["w"].Value switch { "一" or "1" => 0, "二" or "2" => 1, "三" or "3" => 2, "四" or "4" => 3, "五" or "5" => 4, "六" or "6" => 5, _ => 6 };
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var which = m.Groups["which"].Value;
        if (which.Length == 0)
        {
            // A bare 周三 means the most recent Wednesday, today included.
            var date = monday.AddDays(target);
            return new ResolvedDate(date > today ? date.AddDays(-7) : date, false, string.Empty);
        }

        var weeks = which.StartsWith("上上", StringComparison.Ordinal) ? -2 : which.StartsWith('上') ? -1 : which.StartsWith('下') ? 1 : 0;
        return new ResolvedDate(monday.AddDays((weeks * 7) + target), false, string.Empty);
    }

    private static ResolvedDate? EnglishWeek(Match m, DateOnly today)
    {
        var target = Enum.GetValues<DayOfWeek>().First(d => m.Groups["w"].Value.StartsWith(d.ToString()[..3], StringComparison.OrdinalIgnoreCase));
        var back = ((int)today.DayOfWeek - (int)target + 7) % 7;
        var which = m.Groups["which"].Value.ToUpperInvariant();

        // "last Friday" is ambiguous (§10): take the most recent one before today and ask the user to confirm.
        return which switch
        {
            "LAST" => Offset(today, -(back == 0 ? 7 : back), true),
            "THIS" => Offset(today, -(((int)today.DayOfWeek + 6) % 7) + (((int)target + 6) % 7), false),
            _ => Offset(today, -back, false),
        };
    }

    private static ResolvedDate? English(Match m, DateOnly today)
    {
        var month = Array.FindIndex(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], p => m.Groups["mon"].Value.ToUpperInvariant().StartsWith(p, StringComparison.Ordinal)) + 1;
        var day = Int(m, "d");
        return m.Groups["y"].Success ? Exact(Int(m, "y"), month, day) : MonthDay(month, day, today);
    }

    private static double EnglishCount(string n) => n.ToUpperInvariant() switch
    {
        "A" or "AN" or "ONE" => 1,
        "TWO" or "A COUPLE OF" => 2,
        "THREE" => 3,
        "FOUR" => 4,
        "FIVE" => 5,
        "SIX" => 6,
        "SEVEN" => 7,
        "EIGHT" => 8,
        "NINE" => 9,
        "TEN" => 10,
        "HALF A" => 0.5,
        _ => DateNormaliser.ParseSmall(n),
    };

    [GeneratedRegex(@"(?<!\d)(?<y>(?:19|20)\d{2})\s*[-/.年]\s*(?<mo>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})(?!\d)\s*[日号]?")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?:(?<y>(?:19|20)\d{2})年|(?<rel>今年|去年|前年))(?<mo>\d{1,2}|" + Cn + @")月(?<d>\d{1,2}|" + Cn + @")[日号]")]
    private static partial Regex ChineseYearMonthDay();

    [GeneratedRegex(@"(?<!\d)(?<mo>\d{1,2}|" + Cn + @")月(?:份)?(?<d>\d{1,2}|" + Cn + @")[日号]")]
    private static partial Regex ChineseMonthDay();

    [GeneratedRegex(@"\b(?<mon>" + Months + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2}))?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishMonthDay();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>" + Months + @")\b\.?(?:,?\s+(?<y>(?:19|20)\d{2}))?", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDayMonth();

    [GeneratedRegex(@"双\s?(?:十一|十二|11|12)|(?<!\d)618(?![\d元块])|六一八|singles'? day|double (?:11|eleven|12|twelve)", RegexOptions.IgnoreCase)]
    private static partial Regex Festival();

    [GeneratedRegex(@"(?<which>上个?月|这个?月|本月)(?<d>\d{1,2}|" + Cn + @")[号日]")]
    private static partial Regex RelativeMonthDay();

    [GeneratedRegex(@"(?<which>上上|上个?|这个?|本|下个?)?(?:周|星期|礼拜)(?<w>[一二三四五六日天1-7])")]
    private static partial Regex ChineseWeekday();

    [GeneratedRegex(@"大前天|前天|昨天|昨日|今天|今日|明天|后天")]
    private static partial Regex ChineseDayWord();

    [GeneratedRegex(@"(?:(?<half>半)|(?<n>\d{1,3}|[一二两三四五六七八九十]{1,3}))(?:个)?(?<u>天|日|个星期|个礼拜|星期|礼拜|周|月|年)(?:以|之)?前")]
    private static partial Regex ChineseAgo();

    [GeneratedRegex(@"\b(?:the day before yesterday|yesterday|today|tomorrow)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDayWord();

    [GeneratedRegex(@"\b(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|half a)\s+(?<u>days?|weeks?|months?|years?)\s+ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishAgo();

    [GeneratedRegex(@"\b(?:(?<which>last|this|on)\s+)(?<w>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWeekday();

    [GeneratedRegex(@"^\s*(?<d>\d{1,2}|" + Cn + @")[号日]\s*$")]
    private static partial Regex BareDayOfMonth();
}
