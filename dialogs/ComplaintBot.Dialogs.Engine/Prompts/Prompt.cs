using ComplaintBot.Dialogs.Engine.Choices;
using ComplaintBot.Dialogs.Engine.Recognition;
using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>
/// Base class of prompts: asks a question, recognizes the answer, validates it, and asks again until it is valid
/// or <see cref="PromptOptions.MaxAttempts"/> is reached (then it ends with a <see cref="PromptGaveUpResult"/>).
/// Non-message activities leave the prompt waiting.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Persisted state (keys as in Bot Framework): <c>options</c> (the <see cref="PromptOptions"/>) and
/// <c>state</c> (a <see cref="DialogValues"/> holding <c>AttemptCount</c>).</remarks>
public abstract class Prompt<T> : Dialog
{
    private const string PersistedOptions = "options";
    private const string PersistedState = "state";

    private readonly PromptValidator<T>? _validator;

    /// <summary>Initializes a new instance of the <see cref="Prompt{T}"/> class.</summary>
    /// <param name="dialogId">The prompt's id (required).</param>
    /// <param name="validator">Optional validator.</param>
    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        _validator = validator;
    }

    /// <summary>Gets or sets the default number of invalid answers after which the prompt gives up.</summary>
    /// <value>Null (the default) for unlimited, as in Bot Framework; <see cref="PromptOptions.MaxAttempts"/> overrides it.</value>
    public int? MaxAttempts { get; set; }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        GuardNotToken(options, nameof(options));
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"Prompt '{Id}' must be started with PromptOptions.");
        }

        if (promptOptions.Prompt is { } prompt && string.IsNullOrEmpty(prompt.InputHint))
        {
            prompt.InputHint = InputHints.ExpectingInput;
        }

        if (promptOptions.RetryPrompt is { } retry && string.IsNullOrEmpty(retry.InputHint))
        {
            retry.InputHint = InputHints.ExpectingInput;
        }

        var instance = dc.ActiveDialog ?? throw new InvalidOperationException($"Prompt '{Id}' has no active instance.");
        var state = new DialogValues { [PromptValidatorContext<T>.AttemptCountKey] = 0 };
        instance.State[PersistedOptions] = promptOptions;
        instance.State[PersistedState] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    /// <inheritdoc />
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!MessageText.IsMessage(dc.Context.Activity))
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog ?? throw new InvalidOperationException($"Prompt '{Id}' has no active instance.");
        var (state, options) = Read(instance);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken).ConfigureAwait(false);
        var attempt = Math.Max(0, state.GetValue<int>(PromptValidatorContext<T>.AttemptCountKey)) + 1;
        state[PromptValidatorContext<T>.AttemptCountKey] = attempt;

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken).ConfigureAwait(false);
        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if ((options.MaxAttempts ?? MaxAttempts) is int max && max > 0 && attempt >= max)
        {
            return await dc.EndDialogAsync(new PromptGaveUpResult(Id, attempt), cancellationToken).ConfigureAwait(false);
        }

        // A validator that already answered (e.g. with a specific error) suppresses the generic retry.
        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>Something pushed above the prompt ended: ask again and keep waiting.</summary>
    /// <param name="dc">The context.</param>
    /// <param name="reason">Why.</param>
    /// <param name="result">Ignored.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns><see cref="Dialog.EndOfTurn"/>.</returns>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.ActiveDialog is { } instance)
        {
            await RepromptDialogAsync(dc.Context, instance, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>Sends the original question again (not the retry prompt).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="instance">The prompt's instance.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(instance);
        var (state, options) = Read(instance);
        await OnPromptAsync(turnContext, state, options, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the question (or, with <paramref name="isRetry"/>, the retry prompt).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The prompt's private state.</param>
    /// <param name="options">The options.</param>
    /// <param name="isRetry">True after an invalid answer.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    /// <summary>Recognizes the value in the current message. Must not throw on null text.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="state">The prompt's private state.</param>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The recognition result.</returns>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>Sends <see cref="PromptOptions.RetryPrompt"/> on retry when present, otherwise <see cref="PromptOptions.Prompt"/>.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="options">The options.</param>
    /// <param name="isRetry">True after an invalid answer.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>A task.</returns>
    protected static async Task SendPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(ActivityCopy.Of(activity), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Picks the question (or retry) and renders the choices into it in <paramref name="style"/>.</summary>
    /// <param name="turnContext">The turn (channel and conversation type decide the automatic style).</param>
    /// <param name="options">The options.</param>
    /// <param name="isRetry">True after an invalid answer.</param>
    /// <param name="choices">The choices.</param>
    /// <param name="style">The style.</param>
    /// <param name="factoryOptions">Text wording.</param>
    /// <returns>The message to send.</returns>
    protected static IMessageActivity AppendChoices(ITurnContext turnContext, PromptOptions options, bool isRetry, IList<Choice> choices, ListStyle style, ChoiceFactoryOptions? factoryOptions)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(choices);
        var source = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var text = source?.Text ?? string.Empty;
        var activity = turnContext.Activity;
        var rendered = style switch
        {
            ListStyle.Inline => ChoiceFactory.Inline(choices, text, null, factoryOptions),
            ListStyle.List => ChoiceFactory.List(choices, text, null, factoryOptions),
            ListStyle.SuggestedAction => ChoiceFactory.SuggestedAction(choices, text),
            ListStyle.HeroCard => ChoiceFactory.HeroCard(choices, text),
            ListStyle.None => MessageFactory.Text(text, null, InputHints.ExpectingInput),
            _ => ChoiceFactory.ForChannel(activity?.ChannelId, choices, text, null, factoryOptions, activity?.Conversation?.ConversationType),
        };

        if (source is null)
        {
            return rendered;
        }

        var message = ActivityCopy.Of(source);
        message.Text = rendered.Text;
        if (rendered.SuggestedActions?.Actions?.Count > 0)
        {
            message.SuggestedActions = rendered.SuggestedActions;
        }

        if (rendered.Attachments?.Count > 0)
        {
            message.Attachments = (message.Attachments ?? []).Concat(rendered.Attachments).ToList();
        }

        return message;
    }

    private static (DialogValues State, PromptOptions Options) Read(DialogInstance instance)
    {
        var options = instance.GetStateValue<PromptOptions>(PersistedOptions);
        if (options is null)
        {
            options = new PromptOptions();
            instance.State[PersistedOptions] = options;
        }

        var state = instance.GetStateValue<DialogValues>(PersistedState);
        if (state is null)
        {
            state = [];
            instance.State[PersistedState] = state;
        }

        return (state, options);
    }
}
