namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>One lexical unit; <see cref="Text"/> is the decoded value for strings, the spelling otherwise.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    public bool IsSymbol(string symbol) => Kind == TokenKind.Symbol && Text == symbol;
}
