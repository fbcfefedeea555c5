using System.Collections.Concurrent;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage;

namespace ComplaintBot.Bot.State;

/// <summary>
/// The objects each scope's last turn committed, with the JSON text and version they were written as, until the
/// scope's next turn takes them. See <see cref="TypedStateStore"/> for why this is safe.
/// </summary>
internal sealed class WarmStates
{
    /// <summary>The most scopes kept. Conversations that simply stop leave their entry behind, so when the table is
    /// full it starts over: a miss costs only the read the cache would have saved.</summary>
    internal const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Gets the number of scopes kept (for tests).</summary>
    internal int Count => _entries.Count;

    /// <summary>Takes the committed objects of a scope, if they are what <paramref name="storedJson"/> says.</summary>
    /// <param name="key">The scope's storage key.</param>
    /// <param name="storedJson">The text just read from storage.</param>
    /// <returns>The objects, now the caller's alone; null when none are kept or the stored text is not theirs.</returns>
    public Dictionary<string, object?>? Take(string key, string storedJson) =>
        _entries.TryRemove(key, out var entry) && string.Equals(entry.Json, storedJson, StringComparison.Ordinal) ? entry.Values : null;

    /// <summary>Takes the committed objects of a scope with the version they were written as, without asking storage.</summary>
    /// <param name="key">The scope's storage key.</param>
    /// <returns>What was committed and its objects, now the caller's alone; null when none are kept, or when their
    /// version is unknown (they are left for <see cref="Take"/>).</returns>
    public (StoredJson Stored, Dictionary<string, object?> Values)? TakeCommitted(string key) =>
        _entries.TryGetValue(key, out var kept) && kept.ETag is { } eTag && _entries.TryRemove(new KeyValuePair<string, Entry>(key, kept))
            ? (new StoredJson(kept.Json, eTag), kept.Values)
            : null;

    /// <summary>Keeps a scope's committed objects for its next turn; forgets the scope when nothing was written.</summary>
    /// <param name="key">The scope's storage key.</param>
    /// <param name="written">What the objects were written as; null when the state was deleted or the text is unknown.</param>
    /// <param name="values">The committed objects.</param>
    public void Keep(string key, CommittedState? written, Dictionary<string, object?> values)
    {
        if (written is null)
        {
            _entries.TryRemove(key, out _);
            return;
        }

        if (_entries.Count >= Capacity)
        {
            _entries.Clear();
        }

        _entries[key] = new Entry(written.Json, written.ETag, values);
    }

    /// <summary>Forgets a scope (its state is being deleted).</summary>
    /// <param name="key">The scope's storage key.</param>
    public void Forget(string key) => _entries.TryRemove(key, out _);

    private sealed record Entry(string Json, string? ETag, Dictionary<string, object?> Values);
}
