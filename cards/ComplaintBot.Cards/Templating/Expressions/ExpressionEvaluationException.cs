namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>
/// An expression could not be evaluated against the data (wrong argument type, comparison with a missing
/// value). Caught where the binding is used: a <c>$when</c> becomes false and a text binding becomes empty, so
/// odd data degrades the card instead of failing the turn.
/// </summary>
internal sealed class ExpressionEvaluationException : Exception
{
    public ExpressionEvaluationException(string message)
        : base(message)
    {
    }

    public ExpressionEvaluationException()
    {
    }

    public ExpressionEvaluationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
