using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain.Complaints;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>Builds the activities that ask questions: the right wording for the state, in the user's language, with the step hint.</summary>
public sealed class QuestionMessages(BotText text)
{
    /// <summary>Creates the activity asking a step.</summary>
    /// <param name="step">The step.</param>
    /// <param name="state">The interview state (wording can depend on what is known).</param>
    /// <param name="prefix">A sentence to put before the question (an error, an acknowledgement), or null.</param>
    /// <returns>The activity.</returns>
    public Activity Ask(string step, InterviewState state, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        var question = QuestionText(step, state);
        var activity = (Activity)MessageFactory.Text(prefix is null ? question : prefix + "\n\n" + question, inputHint: InputHints.ExpectingInput);
        activity.ChannelData = StepHint.For(step);
        return activity;
    }

    /// <summary>Creates a message that carries the hint of a step without asking anything new.</summary>
    /// <param name="step">The step.</param>
    /// <param name="message">The text.</param>
    /// <returns>The activity.</returns>
    public static Activity Hinted(string step, string message)
    {
        var activity = (Activity)MessageFactory.Text(message, inputHint: InputHints.ExpectingInput);
        activity.ChannelData = StepHint.For(step);
        return activity;
    }

    /// <summary>Gets the wording of a step's question for the current state.</summary>
    /// <param name="step">The step.</param>
    /// <param name="state">The interview state.</param>
    /// <returns>The question.</returns>
    public string QuestionText(string step, InterviewState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var draft = state.Draft ?? new ComplaintDraft();
        var locale = state.Locale;
        return step switch
        {
            InterviewStep.ContactedSeller when draft.Problem.ContactedSeller is true => text.Get(locale, "problem.sellerResponse.prompt"),
            _ => text.Get(locale, step + ".prompt"),
        };
    }
}
