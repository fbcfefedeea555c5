using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>A parsed expression. Parsing happens once per template; evaluation once per binding and expansion.</summary>
internal abstract class Expression
{
    /// <summary>Evaluates against the scopes; null means null or missing. Returned nodes may belong to the data and must be cloned before reuse.</summary>
    public abstract JsonNode? Evaluate(EvaluationContext context);

    /// <summary>
    /// Whether every evaluation returns a node made for it and held by nothing else, which the expander may put
    /// in the card without cloning. False for anything that can return data, labels, a literal of the template
    /// or one of the shared booleans.
    /// </summary>
    public virtual bool ReturnsNewNode => false;
}
