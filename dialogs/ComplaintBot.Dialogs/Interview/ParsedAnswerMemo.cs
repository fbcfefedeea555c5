using ComplaintBot.Domain.Complaints;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// Remembers the answer a turn parsed last, so the step that records an answer does not parse it again right after
/// the prompt's validator did. Both read the same message for the same step from the same draft; reading it (the
/// fact extractors, the recognizers) was the largest part of such a turn.
/// </summary>
/// <remarks>
/// The remembered answer is used only when everything it was read from is the same: the step, the text, today,
/// the state object, its draft (drafts are immutable records, replaced on every change) and its skipped steps.
/// Anything else parses afresh.
/// </remarks>
internal static class ParsedAnswerMemo
{
    // Short: the SDK's turn-state collection hashes its keys with culture-aware collation, which costs by the character.
    private const string TurnStateKey = "cb.answer";

    /// <summary>Parses the answer, or returns the identical parse made earlier in the turn.</summary>
    /// <param name="context">The turn.</param>
    /// <param name="parser">The parser.</param>
    /// <param name="step">The step asked.</param>
    /// <param name="text">The user's text.</param>
    /// <param name="state">The interview state.</param>
    /// <param name="today">Today in the user's time zone.</param>
    /// <returns>The parsed answer.</returns>
    public static ParsedAnswer Parse(ITurnContext context, AnswerParser parser, string step, string? text, InterviewState state, DateOnly today)
    {
        if (context.TurnState.Get<Entry>(TurnStateKey) is { } earlier && earlier.IsFor(step, text, state, today))
        {
            return earlier.Answer;
        }

        var answer = parser.Parse(step, text, state, today);
        context.TurnState.Set(TurnStateKey, new Entry(step, text, state, state.Draft, state.Skipped.Count, today, answer));
        return answer;
    }

    private sealed record Entry(string Step, string? Text, InterviewState State, ComplaintDraft? Draft, int SkippedCount, DateOnly Today, ParsedAnswer Answer)
    {
        public bool IsFor(string step, string? text, InterviewState state, DateOnly today) =>
            string.Equals(Step, step, StringComparison.Ordinal)
            && string.Equals(Text, text, StringComparison.Ordinal)
            && ReferenceEquals(State, state)
            && ReferenceEquals(Draft, state.Draft)
            && SkippedCount == state.Skipped.Count
            && Today == today;
    }
}
