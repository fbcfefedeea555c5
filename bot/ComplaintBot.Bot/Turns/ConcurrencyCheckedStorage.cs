using ComplaintBot.Storage;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.Turns;

/// <summary>
/// The storage under <see cref="ConversationState"/> and <see cref="UserState"/>: turns their last-writer-wins saves
/// into conditional writes. Every provider reports the stored ETag inside the value it reads (property
/// <see cref="StorageJson.ETagProperty"/>), so a state dictionary loaded from storage carries the ETag of the read;
/// it is written back as a <see cref="StateDocument"/> with that ETag, and a write over someone else's newer state
/// throws <see cref="StorageConcurrencyException"/> instead of silently dropping their changes.
/// </summary>
/// <remarks>
/// <para>State that did not exist when it was loaded has no ETag, and the providers have no "create only" write.
/// Such a write therefore only creates the key, empty, and reports a conflict: the caller runs the turn again from
/// the now existing state, whose ETag every racing instance shares, so exactly one of them commits. Two instances
/// creating the same key at once both write an empty document, which is harmless. What stays open is an instance
/// whose read ("absent") and empty write are further apart than another instance's whole turn: its empty write
/// would land on committed state. A create-only write in the providers (Blob <c>If-None-Match: *</c>) would close
/// that.</para>
/// <para>After a write the cached dictionary still holds the old ETag: a state is committed once per turn
/// (<see cref="ExactlyOnceTurnRunner"/>); a second save in the same turn reports a conflict rather than guess.</para>
/// </remarks>
public sealed class ConcurrencyCheckedStorage : IStorage
{
    private readonly IStorage _inner;

    /// <summary>Initializes a new instance of the <see cref="ConcurrencyCheckedStorage"/> class.</summary>
    /// <param name="inner">The configured provider.</param>
    public ConcurrencyCheckedStorage(IStorage inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.ReadAsync(keys, cancellationToken);

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(keys, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="StorageConcurrencyException">A state changed (or appeared) in storage since it was read, or was
    /// new and has just been created empty: either way the turn must run again from what is stored now.</exception>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var writes = new Dictionary<string, object>(changes.Count, StringComparer.Ordinal);
        var created = new List<string>();
        foreach (var (key, value) in changes)
        {
            if (value is IDictionary<string, object> state and not IStoreItem)
            {
                var eTag = state.TryGetValue(StorageJson.ETagProperty, out var stored) ? stored as string : null;
                if (string.IsNullOrEmpty(eTag))
                {
                    await EnsureStillAbsentAsync(key, cancellationToken).ConfigureAwait(false);
                    created.Add(key);
                    writes[key] = new Dictionary<string, object>(StringComparer.Ordinal);
                    continue;
                }

                var values = state
                    .Where(p => !string.Equals(p.Key, StorageJson.ETagProperty, StringComparison.OrdinalIgnoreCase))
                    .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                writes[key] = new StateDocument(values, eTag);
            }
            else
            {
                writes[key] = value;
            }
        }

        if (created.Count > 0)
        {
            // Only the empty documents: what the turn wanted to write waits for a run that read them with their ETag.
            await _inner.WriteAsync(created.ToDictionary(k => k, k => writes[k], StringComparer.Ordinal), cancellationToken).ConfigureAwait(false);
            throw new StorageConcurrencyException($"State '{created[0]}' was new; it now exists and the turn must run again.");
        }

        await _inner.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureStillAbsentAsync(string key, CancellationToken cancellationToken)
    {
        var existing = await _inner.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (existing.ContainsKey(key))
        {
            throw StorageConcurrencyException.ForKey(key);
        }
    }
}
