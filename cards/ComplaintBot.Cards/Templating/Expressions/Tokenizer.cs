using System.Text;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>Splits an expression (the text between <c>${</c> and <c>}</c>) into tokens.</summary>
internal static class Tokenizer
{
    // Longest first, so "<=" is not read as "<" followed by "=".
    private static readonly string[] Symbols =
        ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", ".", ",", "(", ")", "[", "]"];

    public static List<Token> Tokenize(string expression)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(expression, ref i));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(ReadString(expression, ref i));
            }
            else if (IsIdentifierStart(c))
            {
                var start = i;
                i++;
                while (i < expression.Length && IsIdentifierPart(expression[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, expression[start..i], start));
            }
            else
            {
                tokens.Add(ReadSymbol(expression, ref i));
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, expression.Length));
        return tokens;
    }

    private static bool IsIdentifierStart(char c) => char.IsLetter(c) || c is '_' or '$';

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static Token ReadNumber(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        return new Token(TokenKind.Number, text[start..i], start);
    }

    private static Token ReadString(string text, ref int i)
    {
        var start = i;
        var quote = text[i++];
        var value = new StringBuilder();
        while (i < text.Length && text[i] != quote)
        {
            if (text[i] == '\\' && i + 1 < text.Length)
            {
                i++;
                value.Append(text[i] switch { 'n' => '\n', 't' => '\t', var other => other });
            }
            else
            {
                value.Append(text[i]);
            }

            i++;
        }

        if (i >= text.Length)
        {
            throw new TemplateException($"Unterminated string literal at position {start} in '{text}'.");
        }

        i++;
        return new Token(TokenKind.String, value.ToString(), start);
    }

    private static Token ReadSymbol(string text, ref int i)
    {
        foreach (var symbol in Symbols)
        {
            if (string.CompareOrdinal(text, i, symbol, 0, symbol.Length) == 0)
            {
                var token = new Token(TokenKind.Symbol, symbol, i);
                i += symbol.Length;
                return token;
            }
        }

        throw new TemplateException($"Unexpected character '{text[i]}' at position {i} in '{text}'.");
    }
}
