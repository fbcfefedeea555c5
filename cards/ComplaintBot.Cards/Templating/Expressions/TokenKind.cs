namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>The lexical classes of the expression language.</summary>
internal enum TokenKind
{
    End,
    Identifier,
    Number,
    String,
    Symbol,
}
