using ComplaintBot.Dialogs.Engine.Choices;
using ComplaintBot.Dialogs.Engine.Recognition;
using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>
/// Offers choices and recognizes the pick by value, synonym (also inside Chinese sentences: "我要退款" picks
/// 退款), ordinal ("第二个", "the second one", "last", "最后一个") or number ("2"); the earliest mention wins.
/// </summary>
public sealed class ChoicePrompt : Prompt<FoundChoice>
{
    /// <summary>Initializes a new instance of the <see cref="ChoicePrompt"/> class.</summary>
    /// <param name="dialogId">The id.</param>
    /// <param name="validator">Optional validator.</param>
    /// <param name="defaultLocale">Locale used when the activity has none.</param>
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>Gets or sets how choices are shown unless <see cref="PromptOptions.Style"/> says otherwise.</summary>
    /// <value><see cref="ListStyle.Auto"/> by default.</value>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Gets or sets the locale used when the activity has none.</summary>
    /// <value>Null for English.</value>
    public string? DefaultLocale { get; set; }

    /// <summary>Gets or sets the text wording, overriding the culture defaults.</summary>
    /// <value>Null for <see cref="ChoiceFactoryOptions.ForLocale"/>.</value>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>Gets or sets recognition options; the locale is filled in per turn on a copy.</summary>
    /// <value>Null for defaults.</value>
    public FindChoicesOptions? RecognizerOptions { get; set; }

    /// <inheritdoc />
    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = LocaleMapper.Resolve(turnContext.Activity, DefaultLocale);
        var message = AppendChoices(turnContext, options, isRetry, options.Choices ?? [], options.Style ?? Style, ChoiceOptions ?? ChoiceFactoryOptions.ForLocale(locale));
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<FoundChoice>();
        var text = MessageText.Of(turnContext.Activity);
        if (text.Length == 0 || options.Choices is not { Count: > 0 } choices)
        {
            return Task.FromResult(result);
        }

        var configured = RecognizerOptions;
        var findOptions = new FindChoicesOptions
        {
            AllowPartialMatches = configured?.AllowPartialMatches ?? false,
            MaxTokenDistance = configured?.MaxTokenDistance,
            Tokenizer = configured?.Tokenizer,
            NoValue = configured?.NoValue ?? false,
            NoAction = configured?.NoAction ?? false,
            RecognizeNumbers = configured?.RecognizeNumbers ?? true,
            RecognizeOrdinals = configured?.RecognizeOrdinals ?? true,
            Locale = options.RecognizeLanguage ?? LocaleMapper.Resolve(turnContext.Activity, configured?.Locale ?? DefaultLocale),
        };
        var matches = ChoiceRecognizers.RecognizeChoices(text, choices, findOptions);
        if (matches.Count > 0)
        {
            result.Succeeded = true;
            result.Value = matches[0].Resolution;
        }

        return Task.FromResult(result);
    }
}
