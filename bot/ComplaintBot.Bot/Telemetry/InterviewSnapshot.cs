using ComplaintBot.Dialogs.Interview;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>What the lifecycle metrics need to know of a conversation's interview at one moment.</summary>
/// <param name="Started">Whether the interview has begun.</param>
/// <param name="PendingStep">The step hint of the question waiting for an answer, or null.</param>
/// <param name="Pending">The yes/no question waiting for an answer, or null.</param>
/// <param name="DraftId">The id of the complaint being drafted, or null.</param>
public sealed record InterviewSnapshot(bool Started, string? PendingStep, PendingConfirmation? Pending, string? DraftId);
