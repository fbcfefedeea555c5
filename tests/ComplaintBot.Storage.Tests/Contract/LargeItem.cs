namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>One text property, so the stored JSON size is the text plus a known overhead.</summary>
public sealed class LargeItem
{
    public string Text { get; set; } = string.Empty;
}
