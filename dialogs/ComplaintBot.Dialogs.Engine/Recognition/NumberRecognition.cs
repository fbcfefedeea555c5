using System.Globalization;

namespace ComplaintBot.Dialogs.Engine.Recognition;

/// <summary>Recognizes numbers in text with the shared Microsoft.Recognizers.Text models.</summary>
public static class NumberRecognition
{
    /// <summary>
    /// Recognizes the first number in a text ("三百", "两千五百", "twenty five", "1,234.5"); when the number model
    /// finds nothing, the currency, age, temperature and dimension models are tried ("299元").
    /// </summary>
    /// <typeparam name="T">int, long, float, double or decimal.</typeparam>
    /// <param name="text">The text; null is fine.</param>
    /// <param name="locale">Any locale.</param>
    /// <param name="value">The number.</param>
    /// <returns>True when a number was found and fits <typeparamref name="T"/>.</returns>
    public static bool TryRecognize<T>(string? text, string? locale, out T value)
        where T : struct
    {
        value = default;
        var input = MessageText.Bound(text);
        if (input.Length == 0)
        {
            return false;
        }

        var results = RecognizerModels.GetNumberModel(locale).Parse(input);
        if (results.Count == 0)
        {
            results = RecognizerModels.GetNumberFallbackModels(locale).Select(m => m.Parse(input)).FirstOrDefault(r => r.Count > 0) ?? [];
        }

        return results.Count > 0 && results[0].Resolution is { } resolution
            && resolution.TryGetValue("value", out var raw) && raw is string number
            && TryParse(number, out value);
    }

    // Recognizer values are culture-invariant ("1234.5") whatever the user's culture.
    private static bool TryParse<T>(string text, out T value)
        where T : struct
    {
        const NumberStyles styles = NumberStyles.Float | NumberStyles.AllowThousands;
        var culture = CultureInfo.InvariantCulture;
        object? parsed = null;
        if (typeof(T) == typeof(int) && int.TryParse(text, styles, culture, out var i))
        {
            parsed = i;
        }
        else if (typeof(T) == typeof(long) && long.TryParse(text, styles, culture, out var l))
        {
            parsed = l;
        }
        else if (typeof(T) == typeof(float) && float.TryParse(text, styles, culture, out var f) && float.IsFinite(f))
        {
            parsed = f;
        }
        else if (typeof(T) == typeof(double) && double.TryParse(text, styles, culture, out var d) && double.IsFinite(d))
        {
            parsed = d;
        }
        else if (typeof(T) == typeof(decimal) && decimal.TryParse(text, styles, culture, out var m))
        {
            parsed = m;
        }

        value = parsed is T t ? t : default;
        return parsed is not null;
    }
}
