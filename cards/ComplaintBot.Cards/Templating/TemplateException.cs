namespace ComplaintBot.Cards.Templating;

/// <summary>
/// A card template is malformed: bad JSON, an unterminated or unparsable <c>${…}</c> binding, an unknown
/// function or a wrong number of arguments. Raised when a template is prepared, never because of user data.
/// </summary>
public sealed class TemplateException : Exception
{
    /// <summary>Creates the exception with a message naming the template and the faulty text.</summary>
    /// <param name="message">What is wrong and where.</param>
    public TemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The underlying error.</param>
    public TemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public TemplateException()
    {
    }
}
