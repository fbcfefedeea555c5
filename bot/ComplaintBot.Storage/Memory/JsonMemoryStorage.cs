using System.Globalization;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Storage.Memory;

/// <summary>
/// In-process <see cref="IStorage"/> for tests and development. Unlike the SDK's MemoryStorage it keeps only
/// JSON text, written and read exactly as the durable providers do, so a test against it catches every value
/// that would not survive a real round trip.
/// </summary>
/// <remarks>
/// ETag rules (shared by all providers, see <see cref="StorageETags"/>): a plain object always overwrites; an
/// <see cref="IStoreItem"/> whose ETag is null, empty or <c>*</c> overwrites; one whose ETag is
/// <see cref="StorageETags.CreateOnly"/> is added only if the key is absent; any other ETag must equal the stored
/// one. A write that breaks its condition fails with <see cref="StorageConcurrencyException"/>, and a batch is
/// checked whole under one lock, so a failed batch writes nothing. Every accepted write gets a new ETag. Keys and values are held to
/// <see cref="StorageLimits"/> like every other provider. Development and tests only: everything is lost when the
/// process stops.
/// </remarks>
public sealed class JsonMemoryStorage : IStorage, IStoredJsonReader, IConditionalDeletion, IStorageHealth
{
    private readonly Dictionary<string, (string Json, string ETag)> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastETag;

    /// <inheritdoc />
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        StorageLimits.ValidateKeys(keys, nameof(keys));
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    result[key] = StorageJson.Deserialize(item.Json, item.ETag);
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    /// <inheritdoc />
    public Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageLimits.ValidateKey(key, nameof(key));
        lock (_gate)
        {
            return Task.FromResult(_items.TryGetValue(key, out var item) ? new StoredJson(item.Json, item.ETag) : null);
        }
    }

    /// <inheritdoc />
    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        StorageLimits.ValidateKeys(changes.Keys, nameof(changes));
        var serialized = changes.ToDictionary(
            c => c.Key,
            c => (
                Json: StorageLimits.SerializeValue(c.Key, c.Value, nameof(changes)),
                Expected: StorageETags.ExpectedETag(c.Value),
                CreateOnly: StorageETags.IsCreateOnly(c.Value)),
            StringComparer.Ordinal);
        lock (_gate)
        {
            // Check every condition before writing anything, so a failed batch leaves nothing half-written.
            foreach (var (key, change) in serialized)
            {
                var exists = _items.TryGetValue(key, out var stored);
                if (change.CreateOnly && exists)
                {
                    throw StorageConcurrencyException.ForExistingKey(key);
                }

                if (change.Expected is not null && (!exists || stored.ETag != change.Expected))
                {
                    throw StorageConcurrencyException.ForKey(key);
                }
            }

            foreach (var (key, change) in serialized)
            {
                var eTag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                _items[key] = (change.Json, eTag);
                (changes[key] as SerializedStoreItem)?.WrittenETag = eTag;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        StorageLimits.ValidateKeys(keys, nameof(keys));
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task DeleteIfMatchAsync(string key, string eTag, CancellationToken cancellationToken = default)
    {
        StorageLimits.ValidateKey(key, nameof(key));
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        lock (_gate)
        {
            if (!_items.TryGetValue(key, out var stored) || stored.ETag != eTag)
            {
                throw StorageConcurrencyException.ForKey(key);
            }

            _items.Remove(key);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>Memory is always reachable.</remarks>
    public Task PingAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;
}
