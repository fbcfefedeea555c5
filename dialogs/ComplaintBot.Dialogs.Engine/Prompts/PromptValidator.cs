namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>Decides whether a recognized answer is acceptable.</summary>
/// <typeparam name="T">The prompt's value type.</typeparam>
/// <param name="promptContext">The recognition result and attempt count.</param>
/// <param name="cancellationToken">Cancellation token.</param>
/// <returns>True to accept the answer.</returns>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
