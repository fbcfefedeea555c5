using System.Text.Json;

namespace ComplaintBot.Domain.Complaints;

/// <summary>
/// The snake_case keys used for enum-like values in documents and catalogues
/// (<c>quality_defect</c>, <c>return_refund</c>, <c>photo</c>, <c>tmall</c>).
/// </summary>
public static class Keys
{
    /// <summary>The key of an enum value, e.g. <see cref="ProblemType.PriceOrPromise"/> → <c>price_or_promise</c>.</summary>
    /// <typeparam name="TEnum">One of the domain enums.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The lowercase snake_case key.</returns>
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a key back to its enum value; unknown or empty keys give null.</summary>
    /// <typeparam name="TEnum">One of the domain enums.</typeparam>
    /// <param name="key">The key, e.g. <c>refund_only</c>.</param>
    /// <returns>The value, or null.</returns>
    public static TEnum? Parse<TEnum>(string? key)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        var wanted = key.Trim();
        foreach (var value in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(value), wanted, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }
}
