namespace ComplaintBot.Storage;

/// <summary>
/// Thrown by every storage provider when an <see cref="Microsoft.Bot.Builder.IStoreItem"/> is written with an
/// ETag that no longer matches the stored one. Derives from <see cref="InvalidOperationException"/>, the type the
/// Bot Framework's own Blob storage throws, so callers written for it keep working.
/// </summary>
public sealed class StorageConcurrencyException : InvalidOperationException
{
    /// <summary>Initializes a new instance of the <see cref="StorageConcurrencyException"/> class.</summary>
    public StorageConcurrencyException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageConcurrencyException"/> class.</summary>
    /// <param name="message">What conflicted.</param>
    public StorageConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="StorageConcurrencyException"/> class.</summary>
    /// <param name="message">What conflicted.</param>
    /// <param name="innerException">The provider's own error.</param>
    public StorageConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for one key.</summary>
    /// <param name="key">The storage key whose ETag did not match.</param>
    /// <returns>The exception to throw.</returns>
    public static StorageConcurrencyException ForKey(string key) => new($"Etag conflict on key '{key}'.");
}
