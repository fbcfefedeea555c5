namespace ComplaintBot.Storage;

/// <summary>
/// Thrown by a storage provider when its backing store cannot be reached or used even after the provider's own
/// retries: the database is locked for too long, the data directory cannot be created, the file is not a database.
/// </summary>
/// <remarks>
/// Nothing of the failed operation has been written. The condition is usually temporary, so the host turns this
/// exception into a polite "please try again" instead of an error report, and readiness checks report the store as
/// down. The provider's own error is kept in <see cref="Exception.InnerException"/> for the logs.
/// </remarks>
public sealed class StorageUnavailableException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StorageUnavailableException"/> class.</summary>
    public StorageUnavailableException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageUnavailableException"/> class.</summary>
    /// <param name="message">What could not be done.</param>
    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageUnavailableException"/> class.</summary>
    /// <param name="message">What could not be done.</param>
    /// <param name="innerException">The provider's own error.</param>
    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
