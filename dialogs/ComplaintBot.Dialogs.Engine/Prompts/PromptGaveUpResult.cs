namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>
/// The result a prompt ends with when the user gave no valid answer within <see cref="PromptOptions.MaxAttempts"/>.
/// The calling step tests for it (<see cref="WaterfallStepContext.PromptGaveUp"/>) and offers a way out.
/// </summary>
/// <param name="PromptId">The id of the prompt that gave up.</param>
/// <param name="AttemptCount">The number of answers it received.</param>
public sealed record PromptGaveUpResult(string PromptId, int AttemptCount);
