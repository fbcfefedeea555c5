using Microsoft.Bot.Builder;

namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>An <see cref="IStoreItem"/>: written only when its ETag matches (or is null, empty or "*").</summary>
public sealed class PocoStoreItem : IStoreItem
{
    public string? Id { get; set; }

    public int Count { get; set; }

    public string? ETag { get; set; }
}
