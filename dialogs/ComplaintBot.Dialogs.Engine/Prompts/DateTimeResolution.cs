using System.Globalization;
using Newtonsoft.Json;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>One interpretation of a date/time answer, as Bot Framework's DateTimePrompt returns it.</summary>
public sealed class DateTimeResolution
{
    /// <summary>Gets or sets the value of a single point ("2026-11-18", "2026-11-26 10:00:00").</summary>
    /// <value>Null for ranges.</value>
    public string? Value { get; set; }

    /// <summary>Gets or sets the start of a range.</summary>
    /// <value>Null for points.</value>
    public string? Start { get; set; }

    /// <summary>Gets or sets the end of a range.</summary>
    /// <value>Null for points.</value>
    public string? End { get; set; }

    /// <summary>Gets or sets the TIMEX expression ("2026-11-18", "XXXX-05-01").</summary>
    /// <value>The expression.</value>
    public string? Timex { get; set; }

    /// <summary>Gets the calendar date of <see cref="Value"/> (or of <see cref="Start"/> for a range).</summary>
    /// <value>Null when the resolution has no date part (a time alone).</value>
    [JsonIgnore]
    public DateOnly? Date => ParseDate(Value ?? Start);

    internal static DateOnly? ParseDate(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
