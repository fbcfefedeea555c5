namespace ComplaintBot.Cards;

/// <summary>One line of the evidence checklist card.</summary>
/// <param name="Name">What to provide, in the user's language (e.g. "问题部位清晰照片").</param>
/// <param name="IsKey">Key evidence for the problem type; key items are listed first and counted as missing.</param>
/// <param name="IsReceived">Whether the user has already sent something for this item.</param>
/// <param name="Hint">Optional advice on how to get or shoot it.</param>
public sealed record EvidenceChecklistItem(string Name, bool IsKey, bool IsReceived, string? Hint = null);
