using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>What one answer did: the draft with it applied, or the reason it was not understood.</summary>
/// <param name="Draft">The draft with the answer and every extra fact applied (unchanged when invalid).</param>
/// <param name="OwnDraft">The draft with only the answer to the asked question applied.</param>
/// <param name="Error">Why the answer was refused, in the user's language; null when valid.</param>
/// <param name="ExtraFacts">Steps other than the one asked that the same message also filled.</param>
public sealed record ParsedAnswer(ComplaintDraft Draft, ComplaintDraft OwnDraft, string? Error, IReadOnlyList<string> ExtraFacts)
{
    /// <summary>Gets a value indicating whether the answer was understood.</summary>
    public bool IsValid => Error is null;

    /// <summary>Creates a refusal that leaves the draft unchanged.</summary>
    /// <param name="draft">The draft.</param>
    /// <param name="error">Why, in the user's language.</param>
    /// <returns>The result.</returns>
    public static ParsedAnswer Invalid(ComplaintDraft draft, string error) => new(draft, draft, error, []);
}
