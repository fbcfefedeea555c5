namespace ComplaintBot.Bench.State;

/// <summary>State rows by key with their JSON size in bytes.</summary>
internal sealed record StateRows(IReadOnlyDictionary<string, long> Conversations, IReadOnlyDictionary<string, long> Users)
{
    /// <summary>Gets the sizes of the conversation rows whose key ends with one of the given conversation ids.</summary>
    public IReadOnlyList<long> ConversationSizes(IEnumerable<string> conversationIds)
    {
        var ids = conversationIds.ToHashSet(StringComparer.Ordinal);
        return [.. Conversations.Where(row => ids.Contains(row.Key[(row.Key.LastIndexOf('/') + 1)..])).Select(row => row.Value)];
    }
}
