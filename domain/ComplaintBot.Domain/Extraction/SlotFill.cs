using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Extraction;

/// <summary>The draft after extracted facts were applied, and which steps they filled.</summary>
/// <param name="Draft">The updated draft.</param>
/// <param name="Filled">Step names that were empty and are now filled, e.g. <c>order.amountPaid</c>.</param>
public sealed record SlotFill(ComplaintDraft Draft, IReadOnlyList<string> Filled);
