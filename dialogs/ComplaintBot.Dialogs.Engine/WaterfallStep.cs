namespace ComplaintBot.Dialogs.Engine;

/// <summary>One step of a <see cref="WaterfallDialog"/>.</summary>
/// <param name="stepContext">The step's context.</param>
/// <param name="cancellationToken">Cancellation token.</param>
/// <returns>The turn result, e.g. <see cref="Dialog.EndOfTurn"/> or the result of a prompt.</returns>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);
