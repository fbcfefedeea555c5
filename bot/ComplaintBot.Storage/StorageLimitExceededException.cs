namespace ComplaintBot.Storage;

/// <summary>
/// Thrown by every storage provider when a key or a value is outside <see cref="StorageLimits"/>. The whole call
/// is rejected before anything is written.
/// </summary>
/// <remarks>
/// Derives from <see cref="ArgumentException"/> because the caller passed something the store will not take;
/// retrying the same call cannot succeed. <see cref="ArgumentException.ParamName"/> names the argument
/// (<c>keys</c> or <c>changes</c>).
/// </remarks>
public sealed class StorageLimitExceededException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="StorageLimitExceededException"/> class.</summary>
    public StorageLimitExceededException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageLimitExceededException"/> class.</summary>
    /// <param name="message">Which limit was exceeded, and by what.</param>
    public StorageLimitExceededException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageLimitExceededException"/> class.</summary>
    /// <param name="message">Which limit was exceeded, and by what.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public StorageLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageLimitExceededException"/> class.</summary>
    /// <param name="message">Which limit was exceeded, and by what.</param>
    /// <param name="paramName">The argument that held the offending key or value.</param>
    public StorageLimitExceededException(string message, string? paramName)
        : base(message, paramName)
    {
    }
}
