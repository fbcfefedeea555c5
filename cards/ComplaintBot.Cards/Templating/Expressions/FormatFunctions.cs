using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>
/// Culture-aware formatting: <c>formatNumber(value, decimals, locale?)</c>,
/// <c>formatDateTime(timestamp, format?, locale?)</c>, <c>formatMoney(amount)</c> or
/// <c>formatMoney(value, currency)</c>, and <c>formatBytes(size)</c>. The locale defaults to the card's.
/// </summary>
internal static class FormatFunctions
{
    private const string DefaultDateFormat = "yyyy-MM-dd";

    public static IEnumerable<TemplateFunction> All =>
    [
        new("formatNumber", 2, 3, (a, c) => a[0] is null ? null : JsonValues.From(FormatNumber(a, c))),
        new("formatDateTime", 1, 3, (a, c) => a[0] is null ? null : JsonValues.From(FormatDateTime(a, c))),
        new("formatMoney", 1, 2, (a, c) => FormatMoney(a, c)),
        new("formatBytes", 1, 1, (a, c) => a[0] is null ? null : JsonValues.From(FormatBytes(Number(a[0], "formatBytes"), c.Culture))),
    ];

    /// <summary>
    /// ¥129.00 for yuan in Chinese; elsewhere the ISO code first (CNY 129.00), because "¥" alone reads as yen
    /// to many English speakers and the amount must be unambiguous in a complaint.
    /// </summary>
    public static string Money(double value, string currency, CultureInfo culture)
    {
        var number = Math.Abs(value).ToString("N2", culture);
        var sign = value < 0 ? "-" : string.Empty;
        var isChinese = culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        return isChinese && currency == "CNY" ? $"{sign}¥{number}" : $"{sign}{currency} {number}";
    }

    private static string FormatNumber(ReadOnlySpan<JsonNode?> args, EvaluationContext context)
    {
        var decimals = Math.Clamp(JsonValues.ToInt32(args[1], "formatNumber"), 0, 10);
        var culture = args.Length == 3 ? Culture(args[2], context) : context.Culture;
        return Number(args[0], "formatNumber").ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);
    }

    private static string FormatDateTime(ReadOnlySpan<JsonNode?> args, EvaluationContext context)
    {
        var text = JsonValues.ToText(args[0]);
        var format = args.Length >= 2 && args[1] is not null ? JsonValues.ToText(args[1]) : DefaultDateFormat;
        var culture = args.Length == 3 ? Culture(args[2], context) : context.Culture;

        // AssumeUniversal keeps a bare date on its own day whatever the server's time zone; a timestamp with an
        // offset keeps the clock time the user saw.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToString(format, culture)
            : text;
    }

    private static JsonNode? FormatMoney(ReadOnlySpan<JsonNode?> args, EvaluationContext context)
    {
        var (value, currency) = args.Length == 2
            ? (args[0], args[1])
            : (context.Member(args[0], "value"), context.Member(args[0], "currency"));
        if (value is null)
        {
            return null;
        }

        var code = currency is null ? "CNY" : JsonValues.ToText(currency);
        if (code.Length == 3 && code.All(char.IsAsciiLetter))
        {
            code = code.ToUpperInvariant();
        }

        return JsonValues.From(Money(Number(value, "formatMoney"), code, context.Culture));
    }

    private static string FormatBytes(double bytes, CultureInfo culture)
    {
        string[] units = ["B", "KB", "MB", "GB", "TB"];
        var unit = 0;
        while (bytes >= 1024 && unit < units.Length - 1)
        {
            bytes /= 1024;
            unit++;
        }

        return $"{bytes.ToString(unit == 0 ? "0" : "0.#", culture)} {units[unit]}";
    }

    private static double Number(JsonNode? value, string function) =>
        JsonValues.TryGetNumber(value, out var number)
            ? number
            : throw new ExpressionEvaluationException($"{function}() expects a number.");

    private static CultureInfo Culture(JsonNode? locale, EvaluationContext context)
    {
        try
        {
            return locale is null ? context.Culture : CultureInfo.GetCultureInfo(JsonValues.ToText(locale), predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return context.Culture;
        }
    }
}
