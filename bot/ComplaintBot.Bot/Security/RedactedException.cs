namespace ComplaintBot.Bot.Security;

/// <summary>
/// Stands in for a logged exception: its type, message and stack trace as text, redacted. Exception messages
/// quote input more often than log messages do (a JSON reader error shows the text around the fault).
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    /// <summary>Initializes a new instance of the <see cref="RedactedException"/> class.</summary>
    public RedactedException()
        : this(string.Empty)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="RedactedException"/> class.</summary>
    /// <param name="message">The redacted text.</param>
    public RedactedException(string message)
        : base(message) => _text = message;

    /// <summary>Initializes a new instance of the <see cref="RedactedException"/> class.</summary>
    /// <param name="message">The redacted text.</param>
    /// <param name="innerException">Not kept: its text is already in <paramref name="message"/>.</param>
    public RedactedException(string message, Exception innerException)
        : this(message) => _ = innerException;

    /// <summary>Initializes a new instance of the <see cref="RedactedException"/> class from the exception it replaces.</summary>
    /// <param name="original">The logged exception.</param>
    public RedactedException(Exception original)
        : this(LogRedactor.Redact(original?.ToString()) ?? string.Empty)
    {
    }

    /// <inheritdoc />
    public override string ToString() => _text;
}
