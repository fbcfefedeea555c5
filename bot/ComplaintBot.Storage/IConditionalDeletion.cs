using Microsoft.Bot.Builder;

namespace ComplaintBot.Storage;

/// <summary>
/// A store that deletes a key only while it still holds the version the caller read: the delete counterpart of
/// a conditional write (<see cref="StorageETags"/>), so that removing finished state can never drop a newer
/// version another instance has just committed.
/// </summary>
/// <remarks>Every provider of this project implements it next to <see cref="IStorage"/>.</remarks>
public interface IConditionalDeletion
{
    /// <summary>Deletes <paramref name="key"/> if its stored ETag is still <paramref name="eTag"/>.</summary>
    /// <param name="key">The storage key.</param>
    /// <param name="eTag">The ETag the key was read with.</param>
    /// <param name="cancellationToken">Cancels the delete.</param>
    /// <returns>A task.</returns>
    /// <exception cref="StorageConcurrencyException">The key holds another version, or is gone already: either way
    /// someone else changed it since it was read.</exception>
    Task DeleteIfMatchAsync(string key, string eTag, CancellationToken cancellationToken = default);
}
