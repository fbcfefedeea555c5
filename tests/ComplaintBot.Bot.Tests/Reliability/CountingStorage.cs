using ComplaintBot.Storage;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>Passes every call to the store underneath and records it, so a test can see what a turn costs.</summary>
public sealed class CountingStorage(IStorage inner) : IStorage, IConditionalDeletion
{
    private readonly List<string> _calls = [];

    /// <summary>Gets one entry per call in order, such as <c>read test/users/user-1</c>; keys of one call joined by commas.</summary>
    public IReadOnlyList<string> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Record("read", keys);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        Record("write", changes.Keys);
        return inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        Record("delete", keys);
        return inner.DeleteAsync(keys, cancellationToken);
    }

    public Task DeleteIfMatchAsync(string key, string eTag, CancellationToken cancellationToken = default)
    {
        Record("delete-if-match", [key]);
        return ((IConditionalDeletion)inner).DeleteIfMatchAsync(key, eTag, cancellationToken);
    }

    private void Record(string operation, IEnumerable<string> keys)
    {
        lock (_calls)
        {
            _calls.Add(operation + " " + string.Join(",", keys));
        }
    }
}
