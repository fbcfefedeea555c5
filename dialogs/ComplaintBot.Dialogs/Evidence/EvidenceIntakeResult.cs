using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Dialogs.Evidence;

/// <summary>What became of one attachment: an evidence item, or a refusal the user is told about.</summary>
public sealed record EvidenceIntakeResult
{
    private EvidenceIntakeResult(EvidenceItem? item, string? refusalCode, string? refusalMessage)
    {
        Item = item;
        RefusalCode = refusalCode;
        RefusalMessage = refusalMessage;
    }

    /// <summary>Gets the accepted item, or null when refused.</summary>
    public EvidenceItem? Item { get; }

    /// <summary>Gets a stable code for the refusal (<c>too_large</c>, <c>type_not_allowed</c>, ...), or null.</summary>
    public string? RefusalCode { get; }

    /// <summary>Gets the refusal explained in the user's language, or null.</summary>
    public string? RefusalMessage { get; }

    /// <summary>Gets a value indicating whether the file was accepted.</summary>
    public bool IsAccepted => Item is not null;

    /// <summary>Creates an acceptance.</summary>
    /// <param name="item">The evidence item.</param>
    /// <returns>The result.</returns>
    public static EvidenceIntakeResult Accepted(EvidenceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item, null, null);
    }

    /// <summary>Creates a refusal.</summary>
    /// <param name="code">A stable code for the reason.</param>
    /// <param name="message">The reason in the user's language.</param>
    /// <returns>The result.</returns>
    public static EvidenceIntakeResult Refused(string code, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        return new(null, code, message);
    }
}
