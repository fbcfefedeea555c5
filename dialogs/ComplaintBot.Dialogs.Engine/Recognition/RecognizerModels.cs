using System.Collections.Concurrent;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace ComplaintBot.Dialogs.Engine.Recognition;

/// <summary>
/// Microsoft.Recognizers.Text models, built once per culture and shared. Building a model compiles many regular
/// expressions (hundreds of milliseconds); <see cref="WarmUp"/> does that at startup, off the request path.
/// </summary>
public static class RecognizerModels
{
    private static readonly ConcurrentDictionary<(ModelKind Kind, string Culture), Lazy<IModel>> Models = new();

    private enum ModelKind
    {
        Number,
        Ordinal,
        DateTime,
        Currency,
        Age,
        Temperature,
        Dimension,
    }

    /// <summary>Builds every model for zh-CN and en-US and runs one recognition with each.</summary>
    public static void WarmUp()
    {
        foreach (var locale in new[] { LocaleMapper.Chinese, LocaleMapper.English })
        {
            foreach (var kind in Enum.GetValues<ModelKind>())
            {
                // One real parse compiles the lazily built regexes too.
                _ = Get(kind, locale).Parse("1");
            }
        }
    }

    /// <summary>Gets the number model ("三百", "twenty five", "1,234.5").</summary>
    /// <param name="locale">Any locale; mapped with <see cref="LocaleMapper"/>.</param>
    /// <returns>The shared model.</returns>
    public static IModel GetNumberModel(string? locale) => Get(ModelKind.Number, locale);

    /// <summary>Gets the ordinal model ("第二", "the second", "last").</summary>
    /// <param name="locale">Any locale.</param>
    /// <returns>The shared model.</returns>
    public static IModel GetOrdinalModel(string? locale) => Get(ModelKind.Ordinal, locale);

    /// <summary>Gets the date/time model; parse with <see cref="DateTimeModel.Parse(string, DateTime)"/> for relative dates.</summary>
    /// <param name="locale">Any locale.</param>
    /// <returns>The shared model.</returns>
    public static DateTimeModel GetDateTimeModel(string? locale) => (DateTimeModel)Get(ModelKind.DateTime, locale);

    /// <summary>Gets the currency model ("299元").</summary>
    /// <param name="locale">Any locale.</param>
    /// <returns>The shared model.</returns>
    public static IModel GetCurrencyModel(string? locale) => Get(ModelKind.Currency, locale);

    /// <summary>Gets the fallback models NumberPrompt tries after the number model: currency, age, temperature, dimension.</summary>
    /// <param name="locale">Any locale.</param>
    /// <returns>The shared models in that order.</returns>
    public static IReadOnlyList<IModel> GetNumberFallbackModels(string? locale) =>
    [
        Get(ModelKind.Currency, locale),
        Get(ModelKind.Age, locale),
        Get(ModelKind.Temperature, locale),
        Get(ModelKind.Dimension, locale),
    ];

    private static IModel Get(ModelKind kind, string? locale)
    {
        var culture = LocaleMapper.ToRecognizerCulture(locale);
        return Models.GetOrAdd((kind, culture), key => new Lazy<IModel>(() => Build(key.Kind, key.Culture))).Value;
    }

    private static IModel Build(ModelKind kind, string culture) => kind switch
    {
        ModelKind.Number => new NumberRecognizer(culture).GetNumberModel(),
        ModelKind.Ordinal => new NumberRecognizer(culture).GetOrdinalModel(),
        ModelKind.DateTime => new DateTimeRecognizer(culture).GetDateTimeModel(),
        ModelKind.Currency => new NumberWithUnitRecognizer(culture).GetCurrencyModel(),
        ModelKind.Age => new NumberWithUnitRecognizer(culture).GetAgeModel(),
        ModelKind.Temperature => new NumberWithUnitRecognizer(culture).GetTemperatureModel(),
        ModelKind.Dimension => new NumberWithUnitRecognizer(culture).GetDimensionModel(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
