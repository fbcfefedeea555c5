namespace ComplaintBot.Storage;

/// <summary>
/// Thrown by every storage provider when an <see cref="Microsoft.Bot.Builder.IStoreItem"/> is written with an
/// ETag that no longer matches the stored one, or create-only (<see cref="StorageETags.CreateOnly"/>) under a key
/// that already exists. Derives from <see cref="InvalidOperationException"/>, the type the
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

    /// <summary>Creates the exception for a create-only write whose key already exists.</summary>
    /// <param name="key">The storage key that was already taken.</param>
    /// <param name="innerException">The provider's own error, if it reported one.</param>
    /// <returns>The exception to throw.</returns>
    public static StorageConcurrencyException ForExistingKey(string key, Exception? innerException = null)
    {
        var message = $"Create-only write refused: key '{key}' already exists.";
        return innerException is null ? new(message) : new(message, innerException);
    }
}
