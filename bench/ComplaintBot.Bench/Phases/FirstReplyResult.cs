namespace ComplaintBot.Bench.Phases;

/// <summary>Times from process start to the first reply, and of the first recognizer turn after it, one per start.</summary>
internal sealed record FirstReplyResult(IReadOnlyList<TimeSpan> FirstReplies, IReadOnlyList<TimeSpan> FirstRecognizerTurns)
{
    public static TimeSpan Median(IReadOnlyList<TimeSpan> values)
    {
        if (values.Count == 0)
        {
            return TimeSpan.Zero;
        }

        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
