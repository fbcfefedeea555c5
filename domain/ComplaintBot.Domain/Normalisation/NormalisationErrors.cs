namespace ComplaintBot.Domain.Normalisation;

/// <summary>Stable codes for refused input, so the interview can branch without reading messages.</summary>
public static class NormalisationErrors
{
    /// <summary>Nothing usable was given.</summary>
    public const string Empty = "empty";

    /// <summary>The answer is far longer than the value could be.</summary>
    public const string TooLong = "too_long";

    /// <summary>Letters and digits: a courier tracking number rather than an order number.</summary>
    public const string TrackingNumber = "tracking_number";

    /// <summary>About 28 digits: an Alipay transaction number rather than an order number.</summary>
    public const string AlipayNumber = "alipay_number";

    /// <summary>More digits than an order number can have.</summary>
    public const string TooManyDigits = "too_many_digits";

    /// <summary>Fewer digits than an order number has.</summary>
    public const string TooShort = "too_short";

    /// <summary>Not a number at all.</summary>
    public const string NotANumber = "not_a_number";

    /// <summary>An amount of zero or less.</summary>
    public const string NotPositive = "not_positive";

    /// <summary>An amount too large to be a shopping order.</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>No amount could be read.</summary>
    public const string NoAmount = "no_amount";

    /// <summary>No date could be read.</summary>
    public const string NoDate = "no_date";

    /// <summary>A date in the future where only past dates make sense.</summary>
    public const string FutureDate = "future_date";
}
