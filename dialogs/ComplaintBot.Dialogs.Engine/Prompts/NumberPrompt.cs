using ComplaintBot.Dialogs.Engine.Recognition;
using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for a number (int, long, float, double or decimal) and recognizes it with Microsoft.Recognizers.Text in
/// the user's culture ("三百", "两千五百", "twenty five", "1,234.5"); when the number model finds nothing, the
/// currency, age, temperature and dimension models are tried ("299元").
/// </summary>
/// <typeparam name="T">int, long, float, double or decimal.</typeparam>
public sealed class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    /// <summary>Initializes a new instance of the <see cref="NumberPrompt{T}"/> class.</summary>
    /// <param name="dialogId">The id.</param>
    /// <param name="validator">Optional validator.</param>
    /// <param name="defaultLocale">Locale used when the activity has none.</param>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not a supported number type.</exception>
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        if (typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(float) && typeof(T) != typeof(double) && typeof(T) != typeof(decimal))
        {
            throw new NotSupportedException($"NumberPrompt supports int, long, float, double and decimal, not {typeof(T).Name}.");
        }

        DefaultLocale = defaultLocale;
    }

    /// <summary>Gets or sets the locale used when the activity has none.</summary>
    /// <value>Null for English.</value>
    public string? DefaultLocale { get; set; }

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = options.RecognizeLanguage ?? LocaleMapper.Resolve(turnContext.Activity, DefaultLocale);
        var succeeded = NumberRecognition.TryRecognize<T>(MessageText.Of(turnContext.Activity), locale, out var value);
        return Task.FromResult(new PromptRecognizerResult<T> { Succeeded = succeeded, Value = value });
    }
}
