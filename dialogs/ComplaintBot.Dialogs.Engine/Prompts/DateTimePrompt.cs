using ComplaintBot.Dialogs.Engine.Recognition;
using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks for a date or time and recognizes it with Microsoft.Recognizers.Text in the user's culture. Relative
/// expressions ("上周三", "前天", "3 days ago", "yesterday") are resolved against the injected
/// <see cref="TimeProvider"/> in <see cref="TimeZone"/> (Asia/Shanghai by default).
/// </summary>
/// <remarks>
/// With <see cref="PastOnly"/> (e.g. a purchase date), of the recognizer's candidates ("5月1日" yields this year's
/// and next year's 1 May) only those not after today are kept, latest first; an answer that is only in the future
/// is not recognized, so the prompt asks again.
/// </remarks>
public sealed class DateTimePrompt : Prompt<IList<DateTimeResolution>>
{
    /// <summary>The default user time zone id.</summary>
    public const string DefaultTimeZoneId = "Asia/Shanghai";

    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="DateTimePrompt"/> class.</summary>
    /// <param name="dialogId">The id.</param>
    /// <param name="timeProvider">The clock relative dates are resolved against.</param>
    /// <param name="validator">Optional validator.</param>
    /// <param name="defaultLocale">Locale used when the activity has none.</param>
    public DateTimePrompt(string dialogId, TimeProvider timeProvider, PromptValidator<IList<DateTimeResolution>>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        DefaultLocale = defaultLocale;
    }

    /// <summary>Gets or sets the locale used when the activity has none.</summary>
    /// <value>Null for English.</value>
    public string? DefaultLocale { get; set; }

    /// <summary>Gets or sets the user's time zone.</summary>
    /// <value>Asia/Shanghai by default.</value>
    public TimeZoneInfo TimeZone { get; set; } = TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);

    /// <summary>Gets or sets a value indicating whether only dates up to today are acceptable (purchase dates).</summary>
    /// <value>False by default.</value>
    public bool PastOnly { get; set; }

    /// <summary>Recognizes the first date/time expression in a text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="locale">Any locale.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="timeZone">The user's time zone.</param>
    /// <param name="pastOnly">True to keep only candidates not after today, latest first.</param>
    /// <returns>The resolutions; empty when nothing (acceptable) was found.</returns>
    public static IList<DateTimeResolution> Recognize(string? text, string? locale, DateTimeOffset now, TimeZoneInfo timeZone, bool pastOnly)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var input = MessageText.Bound(text);
        if (input.Length == 0)
        {
            return [];
        }

        var local = TimeZoneInfo.ConvertTime(now, timeZone).DateTime;
        var referenceTime = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var results = RecognizerModels.ParseDateTime(input, referenceTime, locale);
        foreach (var result in results)
        {
            if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var raw) || raw is not IEnumerable<Dictionary<string, string>> values)
            {
                continue;
            }

            var resolutions = values.Select(v => new DateTimeResolution
            {
                Value = v.GetValueOrDefault("value"),
                Start = v.GetValueOrDefault("start"),
                End = v.GetValueOrDefault("end"),
                Timex = v.GetValueOrDefault("timex"),
            }).ToList();

            if (pastOnly)
            {
                var today = DateOnly.FromDateTime(referenceTime);
                resolutions = resolutions
                    .Where(r => r.Date is null || r.Date <= today)
                    .OrderByDescending(r => r.Date ?? DateOnly.MinValue)
                    .ToList();
            }

            if (resolutions.Count > 0)
            {
                return resolutions;
            }
        }

        return [];
    }

    /// <inheritdoc />
    protected override Task OnPromptAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, bool isRetry, CancellationToken cancellationToken) =>
        SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<IList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, DialogValues state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var locale = options.RecognizeLanguage ?? LocaleMapper.Resolve(turnContext.Activity, DefaultLocale);
        var resolutions = Recognize(MessageText.Of(turnContext.Activity), locale, _timeProvider.GetUtcNow(), TimeZone, PastOnly);
        return Task.FromResult(new PromptRecognizerResult<IList<DateTimeResolution>> { Succeeded = resolutions.Count > 0, Value = resolutions });
    }
}
