using ComplaintBot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Turns;

/// <summary>
/// The storage under <see cref="ConversationState"/> and <see cref="UserState"/>: turns their last-writer-wins saves
/// into conditional writes. Every provider reports the stored ETag inside the value it reads (property
/// <see cref="StorageJson.ETagProperty"/>), so a state dictionary loaded from storage carries the ETag of the read;
/// it is written back as a <see cref="StateDocument"/> with that ETag, and a write over someone else's newer state
/// throws <see cref="StorageConcurrencyException"/> instead of silently dropping their changes.
/// </summary>
/// <remarks>
/// <para>State that did not exist when it was loaded has no ETag. It is written, with everything the turn put in
/// it, create-only (<see cref="StorageETags.CreateOnly"/>): the provider stores it only if the key is still absent,
/// deciding atomically, so of several instances creating one key exactly one succeeds. The others get
/// <see cref="StorageConcurrencyException"/> — someone else created the state — and run the turn again from what
/// is stored now. However long the gap between the "absent" read and the create, the create can never land on
/// state another instance committed meanwhile. The inner storage must therefore be one of the providers of
/// ComplaintBot.Storage, which all implement that create-only write.</para>
/// <para>State that has become empty is deleted with <see cref="IConditionalDeletion.DeleteIfMatchAsync"/> under the
/// ETag it was read with (a finished interview leaves no row behind), and state that was never stored and is
/// still empty is not written at all. A provider without conditional deletes gets the empty document written
/// conditionally instead.</para>
/// <para>After a write the cached dictionary still holds the ETag it was read with (or none): a state is committed
/// once per turn (<see cref="ExactlyOnceTurnRunner"/>); a second save in the same turn reports a conflict rather
/// than guess.</para>
/// </remarks>
public sealed class ConcurrencyCheckedStorage : IStorage
{
    private readonly IStorage _inner;
    private readonly IConditionalDeletion? _deletion;

    /// <summary>Initializes a new instance of the <see cref="ConcurrencyCheckedStorage"/> class.</summary>
    /// <param name="inner">The configured provider; it must understand <see cref="StorageETags.CreateOnly"/>.</param>
    public ConcurrencyCheckedStorage(IStorage inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        _deletion = inner as IConditionalDeletion;
    }

    /// <inheritdoc />
    /// <remarks>A stored state comes back as a dictionary of its top-level properties, each still the JSON it was
    /// read as (objects and arrays as tokens, plain values unwrapped). Given the whole <see cref="JObject"/>,
    /// <see cref="BotState"/> would first deep-copy every property into such a dictionary; this way a property is
    /// converted only when an accessor reads it, as before.</remarks>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        var items = await _inner.ReadAsync(keys, cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in items.ToList())
        {
            if (value is JObject json)
            {
                items[key] = TopLevelProperties(json);
            }
        }

        return items;
    }

    /// <summary>Reads one state as its stored text and ETag.</summary>
    /// <param name="key">The state's key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The stored state, or null when there is none.</returns>
    /// <remarks>Every provider of ComplaintBot.Storage hands back its text as it is (<see cref="IStoredJsonReader"/>);
    /// any other storage is read as a token and printed, so wrappers and test doubles still work.</remarks>
    public async Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken = default)
    {
        if (_inner is IStoredJsonReader reader)
        {
            return await reader.ReadJsonAsync(key, cancellationToken).ConfigureAwait(false);
        }

        var items = await _inner.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        if (!items.TryGetValue(key, out var value) || value is not JObject json)
        {
            return null;
        }

        var copy = (JObject)json.DeepClone();
        var eTag = copy[StorageJson.ETagProperty]?.Value<string>() ?? string.Empty;
        copy.Remove(StorageJson.ETagProperty);
        return new StoredJson(copy.ToString(Newtonsoft.Json.Formatting.None), eTag);
    }

    /// <summary>Commits one state: written only over the version that was read, created only if still absent,
    /// deleted (only in the version that was read) when nothing is left.</summary>
    /// <param name="key">The state's key.</param>
    /// <param name="values">The state's properties, without an ETag.</param>
    /// <param name="eTag">The ETag the state was read with; null or empty when it was absent.</param>
    /// <param name="serialized">The state's text if the caller already made it with <see cref="StorageJson.Serialize"/>; null to have it made here.</param>
    /// <param name="cancellationToken">Cancels the commit.</param>
    /// <returns>The JSON text written, as a read will return it, with the version it was stored as; null when the
    /// state was deleted or not written, or when the inner storage is not one of this library's providers (which write
    /// <see cref="SerializedStoreItem"/>s as they are and report their new ETag).</returns>
    /// <exception cref="StorageConcurrencyException">Someone else changed or created the state since it was read.</exception>
    public async Task<CommittedState?> CommitAsync(string key, IDictionary<string, object> values, string? eTag, string? serialized = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (DocumentFor(values, eTag) is { } document)
        {
            // Serialized here rather than in the provider, once either way, so the caller learns the stored text.
            if (_inner is not IStoredJsonReader)
            {
                await _inner.WriteAsync(new Dictionary<string, object>(1, StringComparer.Ordinal) { [key] = document }, cancellationToken).ConfigureAwait(false);
                return null;
            }

            var item = new SerializedStoreItem(serialized ?? StorageJson.Serialize(document), document.ETag);
            await _inner.WriteAsync(new Dictionary<string, object>(1, StringComparer.Ordinal) { [key] = item }, cancellationToken).ConfigureAwait(false);
            return new CommittedState(item.Json, item.WrittenETag);
        }

        if (!string.IsNullOrEmpty(eTag))
        {
            await _deletion!.DeleteIfMatchAsync(key, eTag, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        _inner.DeleteAsync(keys, cancellationToken);

    /// <inheritdoc />
    /// <exception cref="StorageConcurrencyException">A state changed in storage since it was read, or was new when read
    /// and has been created since by someone else: either way the turn must run again from what is stored now.</exception>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var writes = new Dictionary<string, object>(changes.Count, StringComparer.Ordinal);
        var deletes = new List<(string Key, string ETag)>();
        foreach (var (key, value) in changes)
        {
            if (value is IDictionary<string, object> state and not IStoreItem)
            {
                var eTag = state.TryGetValue(StorageJson.ETagProperty, out var stored) ? stored as string : null;
                var values = state
                    .Where(p => !string.Equals(p.Key, StorageJson.ETagProperty, StringComparison.OrdinalIgnoreCase))
                    .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                if (DocumentFor(values, eTag) is { } document)
                {
                    writes[key] = document;
                }
                else if (!string.IsNullOrEmpty(eTag))
                {
                    deletes.Add((key, eTag));
                }
            }
            else
            {
                writes[key] = value;
            }
        }

        if (writes.Count > 0)
        {
            await _inner.WriteAsync(writes, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (key, eTag) in deletes)
        {
            await _deletion!.DeleteIfMatchAsync(key, eTag, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What committing a state writes: the document with its condition, or null when the state is to be
    /// deleted instead.</summary>
    /// <remarks>Nothing left to keep: the state goes instead of staying behind empty, but only the version the turn
    /// read, and state that never existed needs nothing at all (the caller deletes only with an ETag). No ETag
    /// otherwise: the state was absent when read, so it may only be created, never written over someone's.</remarks>
    private StateDocument? DocumentFor(IDictionary<string, object> values, string? eTag) =>
        values.Count == 0 && _deletion is not null
            ? null
            : new StateDocument(values, string.IsNullOrEmpty(eTag) ? StorageETags.CreateOnly : eTag);

    private static Dictionary<string, object> TopLevelProperties(JObject json)
    {
        var properties = new Dictionary<string, object>(json.Count, StringComparer.Ordinal);
        foreach (var property in json.Properties())
        {
            properties[property.Name] = property.Value is JValue plain ? plain.Value! : property.Value;
        }

        return properties;
    }
}
