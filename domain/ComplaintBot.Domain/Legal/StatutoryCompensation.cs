using System.Globalization;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Legal;

/// <summary>
/// Statutory caps (§4.8): fraud = price + max(3 × price, 500) under CRPL-55.1; food that fails safety standards =
/// price + max(10 × price, 1000) under FSL-148.2. The price is what was actually paid.
/// </summary>
public static class StatutoryCompensation
{
    /// <summary>Code of the fraud rule.</summary>
    public const string FraudCode = "CRPL-55.1";

    /// <summary>Code of the unsafe-food rule.</summary>
    public const string FoodCode = "FSL-148.2";

    /// <summary>The problem types where fraud, and so CRPL-55.1, can be in play.</summary>
    public static IReadOnlySet<ProblemType> FraudTypes { get; } = new HashSet<ProblemType>
    {
        ProblemType.Counterfeit, ProblemType.FalseAdvertising, ProblemType.PriceOrPromise, ProblemType.NotAsDescribed,
    };

    /// <summary>The fraud cap: price + max(3 × price, 500).</summary>
    /// <param name="price">The price paid.</param>
    /// <param name="locale">The language of the formula.</param>
    /// <returns>The cap.</returns>
    public static StatutoryCap Fraud(Money price, ComplaintLocale locale) => Calculate(price, 3, 500, FraudCode, locale);

    /// <summary>The unsafe-food cap: price + max(10 × price, 1000).</summary>
    /// <param name="price">The price paid.</param>
    /// <param name="locale">The language of the formula.</param>
    /// <returns>The cap.</returns>
    public static StatutoryCap UnsafeFood(Money price, ComplaintLocale locale) => Calculate(price, 10, 1000, FoodCode, locale);

    /// <summary>The cap that can apply to a problem, or null when no punitive rule applies (ordinary disputes).</summary>
    /// <param name="type">The problem type.</param>
    /// <param name="isFood">Whether the item is food.</param>
    /// <param name="price">The price paid; null gives null.</param>
    /// <param name="locale">The language of the formula.</param>
    /// <returns>The cap or null.</returns>
    public static StatutoryCap? For(ProblemType type, bool isFood, Money? price, ComplaintLocale locale)
    {
        if (price is null || price.Value <= 0)
        {
            return null;
        }

        if (isFood && type is ProblemType.QualityDefect or ProblemType.Counterfeit or ProblemType.FalseAdvertising or ProblemType.NotAsDescribed)
        {
            return UnsafeFood(price, locale);
        }

        return FraudTypes.Contains(type) ? Fraud(price, locale) : null;
    }

    private static StatutoryCap Calculate(Money price, int multiple, int minimum, string code, ComplaintLocale locale)
    {
        ArgumentNullException.ThrowIfNull(price);
        var additional = Math.Max(multiple * price.Value, minimum);
        var cap = price.Value + additional;
        var p = price.FormatNumber();
        var total = new Money { Value = cap, Currency = price.Currency }.FormatNumber();
        var m = multiple.ToString(CultureInfo.InvariantCulture);
        var min = minimum.ToString(CultureInfo.InvariantCulture);
        var formula = locale == ComplaintLocale.EnUs
            ? $"{p} + max({m}×{p}, {min}) = {total} {price.Currency} (price + additional compensation)"
            : $"{p} + max({m}×{p}, {min}) = {total}{(price.Currency == Money.Cny ? "元" : " " + price.Currency)}（价款＋增加赔偿）";
        return new StatutoryCap(code, formula, new Money { Value = cap, Currency = price.Currency }, new Money { Value = additional, Currency = price.Currency });
    }
}
