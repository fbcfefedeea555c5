using ComplaintBot.Dialogs.Engine.Recognition;
using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text. Messages without text (card submits, attachment-only messages) are not an answer.</summary>
public sealed class TextPrompt : Prompt<string>
{
    /// <summary>Initializes a new instance of the <see cref="TextPrompt"/> class.</summary>
    /// <param name="dialogId">The id.</param>
    /// <param name="validator">Optional validator.</param>
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = MessageText.Of(turnContext.Activity);
        return Task.FromResult(new PromptRecognizerResult<string> { Succeeded = text.Length > 0, Value = text });
    }
}
