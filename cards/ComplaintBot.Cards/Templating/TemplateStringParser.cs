using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards.Templating;

/// <summary>Splits a template string into literal text and parsed <c>${…}</c> expressions.</summary>
internal static class TemplateStringParser
{
    /// <summary>Returns strings and <see cref="Expression"/>s in order; adjacent text is merged, empty text left out.</summary>
    public static List<object> Split(string text)
    {
        var segments = new List<object>();
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("${", position, StringComparison.Ordinal);
            if (start < 0)
            {
                segments.Add(text[position..]);
                break;
            }

            if (start > position)
            {
                segments.Add(text[position..start]);
            }

            var end = FindClosingBrace(text, start + 2);
            segments.Add(ExpressionParser.Parse(text[(start + 2)..end]));
            position = end + 1;
        }

        return segments;
    }

    /// <summary>The '}' that ends a binding, skipping any inside quoted strings.</summary>
    private static int FindClosingBrace(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '}')
            {
                return i;
            }
        }

        throw new TemplateException($"Unterminated binding in '{text}'.");
    }
}
