namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>A plain object: always last-writer-wins.</summary>
public sealed class PocoItem
{
    public string? Id { get; set; }

    public int Count { get; set; }
}
