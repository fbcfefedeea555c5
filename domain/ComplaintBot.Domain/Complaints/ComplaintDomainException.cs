namespace ComplaintBot.Domain.Complaints;

/// <summary>Raised when a caller breaks a rule of the complaint domain, e.g. builds a document from an incomplete draft.</summary>
public sealed class ComplaintDomainException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ComplaintDomainException"/> class.</summary>
    public ComplaintDomainException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ComplaintDomainException"/> class.</summary>
    /// <param name="message">What rule was broken.</param>
    public ComplaintDomainException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ComplaintDomainException"/> class.</summary>
    /// <param name="message">What rule was broken.</param>
    /// <param name="innerException">The cause.</param>
    public ComplaintDomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
