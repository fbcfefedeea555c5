using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>
/// Recursive-descent parser for the expression language. Precedence, lowest first:
/// <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>, <c>* / %</c>, unary <c>! -</c>,
/// then member access, indexers and calls. Unknown functions and wrong argument counts fail here, so a broken
/// template is found by the tests that load every template, not by a user.
/// </summary>
internal sealed class ExpressionParser
{
    private static readonly string[][] BinaryLevels =
    [
        ["||"],
        ["&&"],
        ["==", "!="],
        ["<", "<=", ">", ">="],
        ["+", "-"],
        ["*", "/", "%"],
    ];

    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _position;

    private ExpressionParser(string text)
    {
        _text = text;
        _tokens = Tokenizer.Tokenize(text);
    }

    private Token Current => _tokens[_position];

    public static Expression Parse(string text)
    {
        var parser = new ExpressionParser(text);
        if (parser.Current.Kind == TokenKind.End)
        {
            throw new TemplateException("Empty expression '${}'.");
        }

        var expression = parser.ParseBinary(0);
        if (parser.Current.Kind != TokenKind.End)
        {
            throw parser.Error($"unexpected '{parser.Current.Text}'");
        }

        return expression;
    }

    private Expression ParseBinary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (Current.Kind == TokenKind.Symbol && Array.IndexOf(BinaryLevels[level], Current.Text) >= 0)
        {
            var op = Next().Text;
            left = new BinaryExpression(op, left, ParseBinary(level + 1));
        }

        return left;
    }

    private Expression ParseUnary()
    {
        if (Current.IsSymbol("!") || Current.IsSymbol("-"))
        {
            var op = Next().Text;
            return new UnaryExpression(op, ParseUnary());
        }

        return ParsePostfix(ParsePrimary());
    }

    private Expression ParsePostfix(Expression target)
    {
        while (true)
        {
            if (Current.IsSymbol("."))
            {
                Next();
                var name = Expect(TokenKind.Identifier, "a property name after '.'");
                target = new MemberExpression(target, name.Text);
            }
            else if (Current.IsSymbol("["))
            {
                Next();
                var index = ParseBinary(0);
                ExpectSymbol("]");
                target = new IndexExpression(target, index);
            }
            else
            {
                return target;
            }
        }
    }

    private Expression ParsePrimary()
    {
        var token = Next();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new LiteralExpression(JsonValues.From(double.Parse(token.Text, CultureInfo.InvariantCulture)));
            case TokenKind.String:
                return new LiteralExpression(JsonValues.From(token.Text));
            case TokenKind.Identifier when Current.IsSymbol("("):
                return ParseCall(token);
            case TokenKind.Identifier:
                return token.Text switch
                {
                    "true" => new LiteralExpression(JsonValues.From(true)),
                    "false" => new LiteralExpression(JsonValues.From(false)),
                    "null" => new LiteralExpression(null),
                    _ => new IdentifierExpression(token.Text),
                };
            case TokenKind.Symbol when token.Text == "(":
                var inner = ParseBinary(0);
                ExpectSymbol(")");
                return inner;
            default:
                throw Error(token.Kind == TokenKind.End ? "unexpected end" : $"unexpected '{token.Text}'");
        }
    }

    private Expression ParseCall(Token name)
    {
        Next();
        var arguments = new List<Expression>();
        if (!Current.IsSymbol(")"))
        {
            arguments.Add(ParseBinary(0));
            while (Current.IsSymbol(","))
            {
                Next();
                arguments.Add(ParseBinary(0));
            }
        }

        ExpectSymbol(")");
        if (name.Text == "if")
        {
            return arguments.Count == 3
                ? new ConditionalExpression(arguments[0], arguments[1], arguments[2])
                : throw Error("if() takes 3 arguments");
        }

        var function = FunctionTable.Find(name.Text) ?? throw Error($"unknown function '{name.Text}'");
        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            throw Error($"{function.Name}() takes {function.MinArguments}-{function.MaxArguments} arguments, not {arguments.Count}");
        }

        return new FunctionCallExpression(function, arguments);
    }

    private Token Next()
    {
        var token = Current;
        if (token.Kind != TokenKind.End)
        {
            _position++;
        }

        return token;
    }

    private Token Expect(TokenKind kind, string what) =>
        Current.Kind == kind ? Next() : throw Error($"expected {what}");

    private void ExpectSymbol(string symbol)
    {
        if (!Current.IsSymbol(symbol))
        {
            throw Error($"expected '{symbol}'");
        }

        Next();
    }

    private TemplateException Error(string problem) =>
        new($"Invalid expression '${{{_text}}}' at position {Current.Position}: {problem}.");
}
