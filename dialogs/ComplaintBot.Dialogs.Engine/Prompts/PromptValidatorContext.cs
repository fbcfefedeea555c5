using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>What a <see cref="PromptValidator{T}"/> gets to decide with.</summary>
/// <typeparam name="T">The prompt's value type.</typeparam>
public sealed class PromptValidatorContext<T>
{
    internal const string AttemptCountKey = "AttemptCount";

    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, DialogValues state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    /// <summary>Gets the turn.</summary>
    /// <value>The turn context.</value>
    public ITurnContext Context { get; }

    /// <summary>Gets the recognition result; the validator runs even when recognition failed.</summary>
    /// <value>The result.</value>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>Gets the prompt's persisted private state.</summary>
    /// <value>The values.</value>
    public DialogValues State { get; }

    /// <summary>Gets the prompt options.</summary>
    /// <value>The options.</value>
    public PromptOptions Options { get; }

    /// <summary>Gets the number of answers received so far, including this one (1 on the first answer).</summary>
    /// <value>The count.</value>
    public int AttemptCount => State.GetValue<int>(AttemptCountKey);
}
