using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Engine.Choices;
using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Interruptions;
using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Writing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// A section of the interview: a waterfall with one step per question. Each step first records the answer to
/// the question before it, then asks its own question — only if it is still open, so known facts are skipped.
/// The last step loops the section until every question in it is settled.
/// </summary>
public abstract class SectionDialog : InterviewDialogBase
{
    /// <summary>The id of the prompt for free-text questions.</summary>
    protected const string TextPromptId = "ask.text";

    /// <summary>The id of the prompt for choice questions.</summary>
    protected const string ChoicePromptId = "ask.choice";

    /// <summary>The id of the prompt for yes/no questions.</summary>
    protected const string ConfirmPromptId = "ask.confirm";

    /// <summary>How many tries an optional question gets before it is skipped for the user.</summary>
    protected const int OptionalAttempts = 3;

    private const string AskedKey = "asked";

    /// <summary>Initializes a new instance of the <see cref="SectionDialog"/> class.</summary>
    /// <param name="dialogId">The dialog id.</param>
    /// <param name="section">The section it asks.</param>
    /// <param name="services">The interview services.</param>
    protected SectionDialog(string dialogId, InterviewSection section, InterviewServices services)
        : base(dialogId, services)
    {
        Section = section;
        Parser = new AnswerParser(services.Text, services.Rules);
        AddDialog(new TextPrompt(TextPromptId, ValidateTextAsync));
        AddDialog(new ChoicePrompt(ChoicePromptId, ValidateChoiceAsync) { Style = ListStyle.Auto });
        AddDialog(new ConfirmPrompt(ConfirmPromptId) { Style = ListStyle.Auto });
    }

    /// <summary>Gets the section.</summary>
    protected InterviewSection Section { get; }

    /// <summary>Gets the answer reader.</summary>
    protected AnswerParser Parser { get; }

    /// <summary>Gets the id of the section's waterfall (its initial dialog).</summary>
    protected string FlowId => Id + ".flow";

    /// <summary>Records the previous answer, then asks <paramref name="step"/> if it is still open.</summary>
    /// <param name="stepContext">The waterfall step.</param>
    /// <param name="step">The question of this step.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    protected async Task<DialogTurnResult> RecordAndAskAsync(WaterfallStepContext stepContext, string step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        if (await RecordAnswerAsync(stepContext, cancellationToken).ConfigureAwait(false))
        {
            return EndOfTurn;
        }

        return await AskAsync(stepContext, step, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the last answer, then ends the section — or runs it again while a question is still open.</summary>
    /// <param name="stepContext">The waterfall step.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    protected async Task<DialogTurnResult> FinishAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        if (await RecordAnswerAsync(stepContext, cancellationToken).ConfigureAwait(false))
        {
            return EndOfTurn;
        }

        var state = await Services.LoadAsync(stepContext.Context, cancellationToken).ConfigureAwait(false);
        var settled = InterviewQuestions.FirstOpen(Section, state, Services.Today) is null
            && InterviewQuestions.BySection[Section].All(step => ReopenReason(step, state) is null);
        return settled
            ? await stepContext.EndDialogAsync(null, cancellationToken).ConfigureAwait(false)
            : await stepContext.ReplaceDialogAsync(FlowId, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks a step if it is still open; otherwise moves on.</summary>
    /// <param name="stepContext">The waterfall step.</param>
    /// <param name="step">The step.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    protected async Task<DialogTurnResult> AskAsync(WaterfallStepContext stepContext, string step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        var state = await Services.LoadAsync(stepContext.Context, cancellationToken).ConfigureAwait(false);
        var prefix = ReopenReason(step, state);
        if (!InterviewQuestions.IsOpen(step, state, Services.Today) && prefix is null)
        {
            return await stepContext.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        stepContext.Values[AskedKey] = step;
        state.PendingStep = step;
        var question = Questions.Ask(step, state, prefix);
        var retry = Questions.Ask(step, state, Services.Text.Get(state.Locale, "answer.pickOne"));
        var options = new PromptOptions { Prompt = question, RetryPrompt = retry, Validations = step, MaxAttempts = InterviewQuestions.IsOptional(step) ? OptionalAttempts : null };
        switch (step)
        {
            case InterviewStep.ProblemType:
                options.Choices = ProblemChoices(state);
                return await stepContext.PromptAsync(ChoicePromptId, options, cancellationToken).ConfigureAwait(false);
            case InterviewStep.OutcomeType:
                options.Choices = OutcomeChoices(state);
                return await stepContext.PromptAsync(ChoicePromptId, options, cancellationToken).ConfigureAwait(false);
            case InterviewStep.ContactedSeller when state.Draft!.Problem.ContactedSeller is null:
                options.RetryPrompt = Questions.Ask(step, state, Services.Text.Get(state.Locale, "confirm.yesOrNo"));
                return await stepContext.PromptAsync(ConfirmPromptId, options, cancellationToken).ConfigureAwait(false);
            default:
                options.RetryPrompt = null;
                return await stepContext.PromptAsync(TextPromptId, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Gives a reason to ask an answered step again (for example a demand above what the law supports), or null.
    /// The reason is said before the question.
    /// </summary>
    /// <param name="step">The step.</param>
    /// <param name="state">The interview state.</param>
    /// <returns>The reason, or null when the answer stands.</returns>
    protected virtual string? ReopenReason(string step, InterviewState state) => null;

    private async Task<bool> RecordAnswerAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (!stepContext.Values.TryGetValue<string>(AskedKey, out var step) || step is null)
        {
            return false;
        }

        stepContext.Values.Remove(AskedKey);
        var state = await Services.LoadAsync(stepContext.Context, cancellationToken).ConfigureAwait(false);
        var context = stepContext.Context;
        switch (stepContext.Result)
        {
            case PromptGaveUpResult:
                if (!state.IsSkipped(step))
                {
                    state.Skipped.Add(step);
                }

                await context.SendActivityAsync(MessageFactory.Text(Services.Text.Get(state.Locale, "skip.afterRetries")), cancellationToken).ConfigureAwait(false);
                return false;

            case FoundChoice choice:
                state.Draft = step == InterviewStep.ProblemType
                    ? state.Draft! with { Problem = state.Draft.Problem with { Type = Keys.Parse<ProblemType>(choice.Value) } }
                    : state.Draft! with { Outcome = state.Draft.Outcome with { Type = Keys.Parse<OutcomeType>(choice.Value) } };
                return false;

            case bool contacted:
                state.Draft = state.Draft! with { Problem = state.Draft.Problem with { ContactedSeller = contacted } };
                return false;

            case string text:
                return await RecordTextAsync(stepContext, state, step, text, cancellationToken).ConfigureAwait(false);

            default:
                return false;
        }
    }

    private async Task<bool> RecordTextAsync(WaterfallStepContext stepContext, InterviewState state, string step, string text, CancellationToken cancellationToken)
    {
        var context = stepContext.Context;
        if (step == InterviewStep.OutcomeAmount && AnswerParser.IsKeepDemand(text) && state.Draft!.Outcome.Amount is not null)
        {
            state.DemandConfirmed = true;
            return false;
        }

        var parsed = ParsedAnswerMemo.Parse(context, Parser, step, text, state, Services.Today);
        if (!parsed.IsValid)
        {
            return false;
        }

        var wasUnknown = state.Draft!.Order.OrderIdUnknown;
        state.Draft = parsed.Draft.Touch(Services.TimeProvider);
        if (step == InterviewStep.OrderId && state.Draft.Order.OrderIdUnknown && !wasUnknown)
        {
            await context.SendActivityAsync(MessageFactory.Text(Services.Text.Get(state.Locale, "order.orderId.unknown")), cancellationToken).ConfigureAwait(false);
        }

        if (parsed.ExtraFacts.Count > 0)
        {
            state.DraftBeforeFacts = parsed.OwnDraft;
            state.Pending = PendingConfirmation.Facts;
            var described = Facts.Describe(parsed.ExtraFacts, state);
            var question = Services.Text.Get(state.Locale, "facts.confirm", string.Join(Services.Text.Get(state.Locale, "list.separator"), described));
            await context.SendActivityAsync(InterruptionHandler.Confirmation(state, question), cancellationToken).ConfigureAwait(false);
            return true;
        }

        if (step == InterviewStep.Description && !state.RewriteAccepted)
        {
            var rewrite = NeutralRewriter.Rewrite(text);
            if (rewrite.IsChanged)
            {
                state.Pending = PendingConfirmation.Rewrite;
                var shown = rewrite.Text.Length > 1500 ? rewrite.Text[..1500] + "…" : rewrite.Text;
                await context.SendActivityAsync(InterruptionHandler.Confirmation(state, Services.Text.Get(state.Locale, "rewrite.offer", shown)), cancellationToken).ConfigureAwait(false);
                return true;
            }
        }

        return false;
    }

    private async Task<bool> ValidateTextAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var step = prompt.Options.GetValidations<string>() ?? string.Empty;
        var state = await Services.LoadAsync(prompt.Context, cancellationToken).ConfigureAwait(false);
        var text = prompt.Context.Activity.Text;
        if (step == InterviewStep.OutcomeAmount && AnswerParser.IsKeepDemand(text) && state.Draft!.Outcome.Amount is not null)
        {
            prompt.Recognized.Value = text!;
            return true;
        }

        var parsed = ParsedAnswerMemo.Parse(prompt.Context, Parser, step, text, state, Services.Today);
        if (parsed.IsValid)
        {
            prompt.Recognized.Value = text!;
            return true;
        }

        // The specific reason and the question again, in one message; the last try of an optional question
        // only explains, since the question is then skipped.
        var lastTry = prompt.Options.MaxAttempts is int max && prompt.AttemptCount >= max;
        var reply = lastTry ? (Activity)MessageFactory.Text(parsed.Error) : Questions.Ask(step, state, parsed.Error);
        await prompt.Context.SendActivityAsync(reply, cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async Task<bool> ValidateChoiceAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Succeeded)
        {
            return true;
        }

        // Free text the choice list does not contain ("漏水", "never arrived"): the classifiers may still know it.
        var step = prompt.Options.GetValidations<string>() ?? string.Empty;
        var state = await Services.LoadAsync(prompt.Context, cancellationToken).ConfigureAwait(false);
        var parsed = Parser.Parse(step, prompt.Context.Activity.Text, state, Services.Today);
        if (!parsed.IsValid)
        {
            return false;
        }

        var key = step == InterviewStep.ProblemType
            ? parsed.OwnDraft.Problem.Type is { } problem ? Keys.Of(problem) : null
            : parsed.OwnDraft.Outcome.Type is { } outcome ? Keys.Of(outcome) : null;
        if (key is null)
        {
            return false;
        }

        prompt.Recognized.Value = new FoundChoice { Value = key, Index = -1, Score = 1 };
        prompt.Recognized.Succeeded = true;
        return true;
    }

    private static List<Choice> ProblemChoices(InterviewState state)
    {
        var language = Locales.FromTag(state.Locale);
        return ComplaintCatalogue.Default.ProblemTypes
            .Select(info => ChoiceOf(Keys.Of(info.Key), info.Name.Get(language), info.Name.Zh, info.Name.En))
            .ToList();
    }

    private static List<Choice> OutcomeChoices(InterviewState state)
    {
        var language = Locales.FromTag(state.Locale);
        var catalogue = ComplaintCatalogue.Default;
        var typical = state.Draft?.Problem.Type is { } type ? catalogue.Problem(type).TypicalOutcomes : [];

        // The outcomes that usually fit the problem come first, so the likely answer is the first button.
        return typical.Concat(catalogue.OutcomeTypes.Select(info => info.Key).Where(key => !typical.Contains(key)))
            .Select(key => catalogue.Outcome(key))
            .Select(info => ChoiceOf(Keys.Of(info.Key), info.Name.Get(language), info.Name.Zh, info.Name.En))
            .ToList();
    }

    private static Choice ChoiceOf(string key, string title, params string[] synonyms) => new(key)
    {
        Action = new CardAction(ActionTypes.ImBack, title, value: title),
        Synonyms = synonyms.Where(synonym => !string.IsNullOrWhiteSpace(synonym)).Distinct().ToList(),
    };
}
