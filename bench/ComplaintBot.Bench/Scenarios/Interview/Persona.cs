namespace ComplaintBot.Bench.Scenarios.Interview;

/// <summary>
/// The facts of one shopper's bad purchase and how they say them, in their language. Each step has one or more
/// answers, given in order when the step is asked again (the seller-contact step asks yes/no, then what was said).
/// </summary>
internal sealed record Persona
{
    public required string Locale { get; init; }

    public required string Opening { get; init; }

    public required string OrderId { get; init; }

    public required string Item { get; init; }

    public required string Shop { get; init; }

    public required decimal AmountPaid { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Answers { get; init; }

    /// <summary>Gets the answers to each step in interview order, as a script for a bot that asks nothing (the echo baseline).</summary>
    public required IReadOnlyList<string> Script { get; init; }

    public required string Yes { get; init; }

    public required string Done { get; init; }

    public required long FileSeed { get; init; }

    public bool IsChinese => Locale == "zh-CN";
}
