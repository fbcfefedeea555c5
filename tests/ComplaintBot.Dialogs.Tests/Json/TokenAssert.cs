using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Tests.Json;

/// <summary>Compares Newtonsoft tokens strictly: equal by <see cref="JToken.DeepEquals(JToken, JToken)"/>, printed the same, and of the same token and CLR types.</summary>
internal static class TokenAssert
{
    /// <summary>What Newtonsoft's reader gives for JSON text with dates left as strings, as the bot's own readers do.</summary>
    public static JToken ParseKeepingDates(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        return JToken.ReadFrom(reader);
    }

    /// <summary>The JSON object an activity carries as raw text (a card, the summary's document), read as the bot's readers do.</summary>
    public static JObject RawObject(object? content) =>
        Assert.IsType<JObject>(ParseKeepingDates(Assert.IsType<string>(Assert.IsType<JRaw>(content).Value)));

    public static void Same(JToken expected, JToken actual)
    {
        Assert.True(JToken.DeepEquals(expected, actual), $"not deep-equal:\nexpected {Shorten(expected)}\nactual   {Shorten(actual)}");
        Assert.Equal(expected.ToString(Formatting.None), actual.ToString(Formatting.None));
        Assert.Equal(Types(expected), Types(actual));
    }

    /// <summary>Every token's path, token type and, for values, the CLR type Newtonsoft holds (long, double, BigInteger…).</summary>
    public static List<string> Types(JToken token) =>
        (token is JContainer container ? container.DescendantsAndSelf() : [token])
            .Select(t => $"{t.Path} {t.Type} {(t as JValue)?.Value?.GetType().Name}")
            .ToList();

    private static string Shorten(JToken token)
    {
        var text = token.ToString(Formatting.None);
        return text.Length <= 300 ? text : text[..300] + "…";
    }
}
