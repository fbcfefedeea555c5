namespace ComplaintBot.Storage;

/// <summary>
/// A provider that can hand back a stored value as the JSON text it keeps, unparsed.
/// </summary>
/// <remarks>
/// <see cref="Microsoft.Bot.Builder.IStorage.ReadAsync"/> has to return a token tree, which a caller that wants typed
/// values then converts a second time. A caller that knows the types it wants reads the text once, straight into
/// them (the bot's turn state does, on every turn).
/// </remarks>
public interface IStoredJsonReader
{
    /// <summary>Reads one key's stored JSON and ETag.</summary>
    /// <param name="key">The key, held to <see cref="StorageLimits"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stored text and ETag, or null when the key is absent. The text has no ETag property.</returns>
    /// <exception cref="StorageUnavailableException">The store could not be read.</exception>
    Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken = default);
}
