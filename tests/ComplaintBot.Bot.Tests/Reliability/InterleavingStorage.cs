using ComplaintBot.Storage;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>
/// Lets something else happen at the worst moment: the first time a write (or conditional delete) of <paramref name="watchedKey"/> reaches the
/// store, <paramref name="meanwhile"/> runs to the end before the write goes on. Under load another instance's
/// whole turn can fit between a turn's read and its write; this makes that happen every time.
/// </summary>
public sealed class InterleavingStorage(IStorage inner, string watchedKey, Func<Task> meanwhile) : IStorage, IConditionalDeletion
{
    private int _done;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(keys, cancellationToken);

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        if (changes.ContainsKey(watchedKey) && Interlocked.Exchange(ref _done, 1) == 0)
        {
            await meanwhile();
        }

        await inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(keys, cancellationToken);

    public async Task DeleteIfMatchAsync(string key, string eTag, CancellationToken cancellationToken = default)
    {
        if (key == watchedKey && Interlocked.Exchange(ref _done, 1) == 0)
        {
            await meanwhile();
        }

        await ((IConditionalDeletion)inner).DeleteIfMatchAsync(key, eTag, cancellationToken);
    }
}
