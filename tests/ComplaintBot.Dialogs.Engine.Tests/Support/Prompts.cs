using ComplaintBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine.Tests.Support;

internal static class Ask
{
    public static PromptOptions Text(string prompt, string? retry = null) => new()
    {
        Prompt = MessageFactory.Text(prompt),
        RetryPrompt = retry is null ? null : MessageFactory.Text(retry),
    };

    /// <summary>A waterfall that asks with <paramref name="promptId"/> and then reports what it got.</summary>
    public static WaterfallDialog Flow(string promptId, PromptOptions options, Func<object?, string>? describe = null) => new("flow",
    [
        (step, ct) => step.PromptAsync(promptId, options, ct),
        async (step, ct) =>
        {
            var text = step.PromptGaveUp ? "GAVE UP" : "RESULT " + (describe?.Invoke(step.Result) ?? step.Result?.ToString());
            await step.Context.SendActivityAsync(text, cancellationToken: ct);
            return await step.EndDialogAsync(step.Result, ct);
        },
    ]);
}
