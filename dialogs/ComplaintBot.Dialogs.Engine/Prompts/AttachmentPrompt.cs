using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for files. The <c>text/html</c> attachment Teams adds to ordinary messages (the rendered message body) is
/// ignored, so a message carrying only that is not an answer.
/// </summary>
public sealed class AttachmentPrompt : Prompt<IList<Attachment>>
{
    /// <summary>The content type of the rendered-body attachment Teams adds to messages.</summary>
    public const string TeamsHtmlContentType = "text/html";

    /// <summary>Initializes a new instance of the <see cref="AttachmentPrompt"/> class.</summary>
    /// <param name="dialogId">The id.</param>
    /// <param name="validator">Optional validator.</param>
    public AttachmentPrompt(string dialogId, PromptValidator<IList<Attachment>>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>Gets the attachments of a message that are real files or images.</summary>
    /// <param name="activity">The activity, or null.</param>
    /// <returns>The attachments without Teams' text/html body copy.</returns>
    public static IList<Attachment> GetUserAttachments(IActivity? activity) =>
        (activity as IMessageActivity)?.Attachments?
            .Where(a => a is not null && !string.Equals(a.ContentType?.Trim(), TeamsHtmlContentType, StringComparison.OrdinalIgnoreCase))
            .ToList() ?? [];

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<IList<Attachment>>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var attachments = GetUserAttachments(turnContext.Activity);
        return Task.FromResult(new PromptRecognizerResult<IList<Attachment>> { Succeeded = attachments.Count > 0, Value = attachments });
    }
}
