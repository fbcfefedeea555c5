namespace ComplaintBot.Domain.Guidance;

/// <summary>What the user does next, in order, and when to check back.</summary>
/// <param name="Steps">The steps, localized, in order.</param>
/// <param name="FollowUpDate">The date to check progress: the reply deadline given to the seller.</param>
public sealed record NextStepsPlan(IReadOnlyList<string> Steps, DateOnly FollowUpDate);
