namespace ComplaintBot.Bench.Phases;

/// <summary>Conversation-state bytes at the summary, rows left after confirming, and user-state (history) bytes.</summary>
internal sealed record StateResult(IReadOnlyList<long> ConversationBytesAtSummary, int ConversationRowsLeft, IReadOnlyList<long> UserBytes)
{
    public long MaxConversationBytes => ConversationBytesAtSummary.Count == 0 ? 0 : ConversationBytesAtSummary.Max();

    public double MeanConversationBytes => ConversationBytesAtSummary.Count == 0 ? 0 : ConversationBytesAtSummary.Average();

    public double MeanUserBytes => UserBytes.Count == 0 ? 0 : UserBytes.Average();
}
