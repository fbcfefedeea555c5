using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Catalogue;

/// <summary>One line of a problem type's evidence checklist.</summary>
/// <param name="IsKey">Whether the evidence is key for this problem type (the first items of the checklist).</param>
/// <param name="Kinds">The evidence kinds that can satisfy it; the first is the usual one.</param>
/// <param name="Name">What to provide, in both languages.</param>
public sealed record EvidenceRequirement(bool IsKey, IReadOnlyList<EvidenceKind> Kinds, LocalizedText Name);
