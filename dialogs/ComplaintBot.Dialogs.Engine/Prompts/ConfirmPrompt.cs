using ComplaintBot.Dialogs.Engine.Choices;
using ComplaintBot.Dialogs.Engine.Recognition;
using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks a yes/no question. Answers are recognized by <see cref="YesNoRecognizer"/> (Chinese and English word
/// lists, "我不同意" is no); failing that, the rendered choices themselves ("1"/"2", "第一个", "是"/"否").
/// Chinese choices render as 是/否.
/// </summary>
public sealed class ConfirmPrompt : Prompt<bool>
{
    /// <summary>Initializes a new instance of the <see cref="ConfirmPrompt"/> class.</summary>
    /// <param name="dialogId">The id.</param>
    /// <param name="validator">Optional validator.</param>
    /// <param name="defaultLocale">Locale used when the activity has none.</param>
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    /// <summary>Gets or sets how the two choices are shown.</summary>
    /// <value><see cref="ListStyle.Auto"/> by default.</value>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Gets or sets the locale used when the activity has none.</summary>
    /// <value>Null for English.</value>
    public string? DefaultLocale { get; set; }

    /// <summary>Gets or sets the text wording, overriding the culture defaults.</summary>
    /// <value>Null for <see cref="ChoiceFactoryOptions.ForLocale"/>.</value>
    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>Gets or sets the yes and no choices, overriding the culture defaults.</summary>
    /// <value>Null for 是/否 (Chinese) or Yes/No (English).</value>
    public Tuple<Choice, Choice>? ConfirmChoices { get; set; }

    /// <summary>Gets the default yes/no choices of a locale.</summary>
    /// <param name="locale">Any locale.</param>
    /// <returns>Yes first, no second.</returns>
    public static Tuple<Choice, Choice> DefaultChoices(string? locale) => LocaleMapper.IsChinese(locale)
        ? Tuple.Create(new Choice("是") { Synonyms = ["是的", "对"] }, new Choice("否") { Synonyms = ["不", "不是"] })
        : Tuple.Create(new Choice("Yes"), new Choice("No"));

    /// <inheritdoc />
    protected override async Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = LocaleMapper.Resolve(turnContext.Activity, DefaultLocale);
        var choices = Choices(locale);
        var message = AppendChoices(turnContext, options, isRetry, [choices.Item1, choices.Item2], options.Style ?? Style, ChoiceOptions ?? ChoiceFactoryOptions.ForLocale(locale));
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<bool>();
        var text = MessageText.Of(turnContext.Activity);
        if (text.Length == 0)
        {
            return Task.FromResult(result);
        }

        var locale = options.RecognizeLanguage ?? LocaleMapper.Resolve(turnContext.Activity, DefaultLocale);
        if (YesNoRecognizer.Recognize(text, locale) is { } answer)
        {
            result.Succeeded = true;
            result.Value = answer;
            return Task.FromResult(result);
        }

        if ((ChoiceOptions ?? ChoiceFactoryOptions.ForLocale(locale)).IncludeNumbers ?? true)
        {
            var choices = Choices(locale);
            var matches = ChoiceRecognizers.RecognizeChoices(text, [choices.Item1, choices.Item2], new FindChoicesOptions { Locale = locale });
            if (matches.Count > 0)
            {
                result.Succeeded = true;
                result.Value = matches[0].Resolution.Index == 0;
            }
        }

        return Task.FromResult(result);
    }

    private Tuple<Choice, Choice> Choices(string locale) => ConfirmChoices ?? DefaultChoices(locale);
}
