using ComplaintBot.Domain.Review;

namespace ComplaintBot.Domain.Writing;

/// <summary>The neutral version of a user's description (§9.1) and what was taken out.</summary>
/// <param name="Text">The rewritten text: same facts, no insults, curses, threats or shouting.</param>
/// <param name="IsChanged">Whether anything was changed.</param>
/// <param name="RemovedThreat">Whether a threat or ultimatum was replaced by the lawful next step.</param>
/// <param name="Findings">The emotional expressions found.</param>
/// <param name="Signals">The malicious-complaint signals found; the parts carrying them are left out.</param>
public sealed record NeutralRewrite(
    string Text,
    bool IsChanged,
    bool RemovedThreat,
    IReadOnlyList<ToneFinding> Findings,
    IReadOnlyList<MaliciousSignal> Signals);
