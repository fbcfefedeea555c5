using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Catalogue;

/// <summary>The display name of an evidence kind.</summary>
/// <param name="Key">The kind.</param>
/// <param name="Name">The name in both languages.</param>
public sealed record EvidenceKindInfo(EvidenceKind Key, LocalizedText Name);
