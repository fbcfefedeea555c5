namespace ComplaintBot.Storage.Tests.Contract;

public enum DraftCategory
{
    Unknown,
    Refund,
    Counterfeit,
}

/// <summary>A conversation-scoped state shaped like a complaint draft: nested objects, lists, enums, dates, money.</summary>
public sealed class DraftState
{
    public string? OrderNumber { get; set; }

    public DraftCategory Category { get; set; }

    public decimal Amount { get; set; }

    public DateTimeOffset PurchasedAt { get; set; }

    public List<string> Evidence { get; set; } = [];

    public Dictionary<string, int> Attempts { get; set; } = [];

    public ContactState? Contact { get; set; }
}

public sealed class ContactState
{
    public string? Name { get; set; }

    public string? Phone { get; set; }
}

/// <summary>A user-scoped state.</summary>
public sealed class ProfileState
{
    public string? Locale { get; set; }

    public int Visits { get; set; }
}
