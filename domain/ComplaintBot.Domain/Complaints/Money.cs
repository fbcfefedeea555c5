using System.Globalization;

namespace ComplaintBot.Domain.Complaints;

/// <summary>An amount of money in an ISO 4217 currency (CNY unless the user said otherwise).</summary>
public sealed record Money
{
    /// <summary>The currency code for renminbi.</summary>
    public const string Cny = "CNY";

    /// <summary>Gets the amount.</summary>
    public decimal Value { get; init; }

    /// <summary>Gets the ISO 4217 currency code, e.g. <c>CNY</c>.</summary>
    public string Currency { get; init; } = Cny;

    /// <summary>An amount in renminbi.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The money.</returns>
    public static Money Yuan(decimal value) => new() { Value = value, Currency = Cny };

    /// <summary>The amount without trailing zeros, e.g. <c>129</c> or <c>89.9</c>.</summary>
    /// <returns>The formatted number.</returns>
    public string FormatNumber() => Value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => FormatNumber() + " " + Currency;
}
