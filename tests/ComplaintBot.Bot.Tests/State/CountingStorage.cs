using ComplaintBot.Storage;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.Tests.State;

/// <summary>Counts the writes and deletes that reach a provider, and passes everything through.</summary>
internal sealed class CountingStorage(IStorage inner) : IStorage, IStoredJsonReader, IConditionalDeletion
{
    public int Writes { get; private set; }

    public int Deletes { get; private set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

    public Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken = default) => ((IStoredJsonReader)inner).ReadJsonAsync(key, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Writes++;
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Deletes++;
        return inner.DeleteAsync(keys, cancellationToken);
    }

    public Task DeleteIfMatchAsync(string key, string eTag, CancellationToken cancellationToken = default)
    {
        Deletes++;
        return ((IConditionalDeletion)inner).DeleteIfMatchAsync(key, eTag, cancellationToken);
    }
}
