namespace ComplaintBot.Domain.Documents;

/// <summary>One review flag in the complaint document.</summary>
public sealed record FlagEntry
{
    /// <summary>Gets the flag key, e.g. <c>missing_evidence</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Gets the localized message.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>Gets the localized concrete fix.</summary>
    public string Fix { get; init; } = string.Empty;
}
