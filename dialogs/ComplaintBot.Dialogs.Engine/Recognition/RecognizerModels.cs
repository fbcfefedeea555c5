using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Microsoft.Recognizers.Text.Number;
using Microsoft.Recognizers.Text.NumberWithUnit;

namespace ComplaintBot.Dialogs.Engine.Recognition;

/// <summary>
/// Microsoft.Recognizers.Text models, built once per culture and shared. Building a model compiles many regular
/// expressions; <see cref="WarmUp"/> does that at startup, off the request path.
/// </summary>
/// <remarks>
/// Recognizers.Text 1.8.13 builds some lookup tables (e.g. the Chinese number units) with culture-sensitive string
/// comparison, so a model built under one thread culture throws <see cref="KeyNotFoundException"/> internally when
/// used under another, and the library swallows that and returns nothing. Hosts and test adapters set the thread
/// culture from the user's locale, so every build and parse here runs under the invariant culture.
/// </remarks>
public static class RecognizerModels
{
    private static readonly ConcurrentDictionary<(ModelKind Kind, string Culture), Lazy<IModel>> Models = new();
    private static readonly Lock Gate = new();

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

    /// <summary>Builds every model for zh-CN and en-US and runs a recognition with each.</summary>
    public static void WarmUp()
    {
        foreach (var (locale, sample) in new[] { (LocaleMapper.Chinese, "上周三买的两千五百元第二个"), (LocaleMapper.English, "the second one, twenty five dollars 3 days ago") })
        {
            foreach (var kind in Enum.GetValues<ModelKind>())
            {
                _ = Get(kind, locale).Parse(sample);
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

    /// <summary>Recognizes dates and times, resolving relative expressions against <paramref name="referenceTime"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="referenceTime">"Now" in the user's time zone.</param>
    /// <param name="locale">Any locale.</param>
    /// <returns>The recognizer's results.</returns>
    public static IReadOnlyList<ModelResult> ParseDateTime(string text, DateTime referenceTime, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var model = (InvariantCultureModel)Get(ModelKind.DateTime, locale);
        return model.Parse(text, referenceTime);
    }

    private static IModel Get(ModelKind kind, string? locale)
    {
        var culture = LocaleMapper.ToRecognizerCulture(locale);
        return Models.GetOrAdd((kind, culture), key => new Lazy<IModel>(() => Build(key.Kind, key.Culture))).Value;
    }

    private static InvariantCultureModel Build(ModelKind kind, string culture)
    {
        // One model at a time: building touches the library's shared static tables.
        lock (Gate)
        {
            return InvariantCultureModel.Run(() => new InvariantCultureModel(kind switch
            {
                ModelKind.Number => (IModel)new NumberRecognizer(culture).GetNumberModel(),
                ModelKind.Ordinal => new NumberRecognizer(culture).GetOrdinalModel(),
                ModelKind.DateTime => new DateTimeRecognizer(culture).GetDateTimeModel(),
                ModelKind.Currency => new NumberWithUnitRecognizer(culture).GetCurrencyModel(),
                ModelKind.Age => new NumberWithUnitRecognizer(culture).GetAgeModel(),
                ModelKind.Temperature => new NumberWithUnitRecognizer(culture).GetTemperatureModel(),
                ModelKind.Dimension => new NumberWithUnitRecognizer(culture).GetDimensionModel(),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
            }));
        }
    }

    /// <summary>A model whose every parse runs under the invariant culture.</summary>
    private sealed class InvariantCultureModel(IModel inner) : IModel
    {
        public string ModelTypeName => inner.ModelTypeName;

        public string Culture => inner.Culture;

        public string RequestedCulture => inner.RequestedCulture;

        public void SetCultureInfo(string culture, string requestedCulture = null!) => inner.SetCultureInfo(culture, requestedCulture);

        public static T Run<T>(Func<T> action)
        {
            var culture = CultureInfo.CurrentCulture;
            var uiCulture = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                return action();
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
            }
        }

        public List<ModelResult> Parse(string query) => Run(() => inner.Parse(query));

        public List<ModelResult> Parse(string query, DateTime referenceTime) =>
            Run(() => inner is DateTimeModel dateTime ? dateTime.Parse(query, referenceTime) : inner.Parse(query));
    }
}
