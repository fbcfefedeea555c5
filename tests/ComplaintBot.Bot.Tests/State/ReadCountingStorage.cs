using ComplaintBot.Storage;
using ComplaintBot.Storage.Memory;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.Tests.State;

/// <summary>A memory store, with everything a provider of this library does, that counts the reads made through it.</summary>
public sealed class ReadCountingStorage(JsonMemoryStorage inner) : IStorage, IStoredJsonReader, IConditionalDeletion
{
    private int _reads;

    /// <summary>Gets the number of reads so far, of either kind.</summary>
    public int Reads => Volatile.Read(ref _reads);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadJsonAsync(key, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(keys, cancellationToken);

    public Task DeleteIfMatchAsync(string key, string eTag, CancellationToken cancellationToken = default) =>
        inner.DeleteIfMatchAsync(key, eTag, cancellationToken);
}
