namespace ComplaintBot.Domain;

/// <summary>
/// Numbers the rules depend on that the reference marks as "to verify" (⚠️): platform form limits and windows.
/// They are settings, never promises; the defaults are the commonly reported values.
/// </summary>
public sealed record ComplaintRulesOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "ComplaintRules";

    /// <summary>Gets the shared defaults.</summary>
    public static ComplaintRulesOptions Default { get; } = new();

    /// <summary>Gets the maximum length of the short text for the platform's description box (commonly 200 characters ⚠️).</summary>
    public int ShortTextLimit { get; init; } = 200;

    /// <summary>Gets the target length of the full complaint for 12315 and consumer associations (about 1000 characters).</summary>
    public int FullTextLimit { get; init; } = 1000;

    /// <summary>Gets the days after delivery in which the platform usually accepts an after-sales request (commonly 15 ⚠️).</summary>
    public int PlatformAfterSalesWindowDays { get; init; } = 15;

    /// <summary>Gets the statutory no-reason return window in days, counted from the day after delivery (CRPL-25).</summary>
    public int NoReasonReturnDays { get; init; } = 7;

    /// <summary>Gets the days between noticing a problem and complaining after which the complaint counts as delayed.</summary>
    public int DiscoveryDelayDays { get; init; } = 30;

    /// <summary>Gets the extra days assumed for shipping when only the purchase date is known.</summary>
    public int AssumedShippingDays { get; init; } = 7;

    /// <summary>Gets the days the seller is given to reply; also the follow-up date (3-7 days is usual).</summary>
    public int ReplyDeadlineDays { get; init; } = 7;

    /// <summary>Gets the shortest order number accepted (shorter numbers are refused); 15-17 digits are accepted with a check.</summary>
    public int MinOrderIdLength { get; init; } = 15;

    /// <summary>Gets the IANA time zone of the user, for "today" and <c>createdAt</c>.</summary>
    public string TimeZoneId { get; init; } = "Asia/Shanghai";

    /// <summary>The configured time zone, falling back to UTC+8 when the system does not know the id.</summary>
    /// <returns>The time zone.</returns>
    public TimeZoneInfo ResolveTimeZone()
    {
        if (TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var zone))
        {
            return zone;
        }

        return TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");
    }

    /// <summary>Today's date in the user's time zone.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The date.</returns>
    public DateOnly Today(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return DateOnly.FromDateTime(LocalNow(timeProvider).DateTime);
    }

    /// <summary>Now in the user's time zone, to the second.</summary>
    /// <param name="timeProvider">The clock.</param>
    /// <returns>The local time with its offset.</returns>
    public DateTimeOffset LocalNow(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        var local = TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), ResolveTimeZone());
        return new DateTimeOffset(local.Ticks - (local.Ticks % TimeSpan.TicksPerSecond), local.Offset);
    }
}
