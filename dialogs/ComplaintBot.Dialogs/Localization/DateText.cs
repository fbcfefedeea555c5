using System.Globalization;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Dialogs.Localization;

/// <summary>Dates and money the way each language writes them in a sentence.</summary>
public static class DateText
{
    /// <summary>Formats a date: 2026年11月18日 / Nov 18, 2026.</summary>
    /// <param name="date">The date.</param>
    /// <param name="locale">The user's locale.</param>
    /// <returns>The text.</returns>
    public static string Format(DateOnly date, string? locale) => BotText.CultureOf(locale) == BotText.Chinese
        ? date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)
        : date.ToString("MMM d, yyyy", CultureInfo.GetCultureInfo(BotText.English));

    /// <summary>Formats an amount: 129元 / CNY 129.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="locale">The user's locale.</param>
    /// <returns>The text.</returns>
    public static string Format(Money money, string? locale)
    {
        ArgumentNullException.ThrowIfNull(money);
        var number = money.FormatNumber();
        return BotText.CultureOf(locale) == BotText.Chinese && money.Currency == Money.Cny
            ? number + "元"
            : $"{money.Currency} {number}";
    }
}
