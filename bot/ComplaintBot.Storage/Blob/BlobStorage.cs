using System.Text;
using Azure;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Blob;

/// <summary>
/// <see cref="IStorage"/> on Azure Blob Storage, for several bot instances sharing state: one block blob per key
/// (name from <see cref="BlobKeys"/>), holding the value's JSON as <c>application/json</c>, with the service's
/// ETag as the item's ETag.
/// </summary>
/// <remarks>
/// <para>ETag rules are those of <see cref="Memory.JsonMemoryStorage"/>: a plain object, or an
/// <see cref="IStoreItem"/> with a null, empty or <c>*</c> ETag, is uploaded without condition; a create-only
/// write (<see cref="StorageETags.CreateOnly"/>) is sent with <c>If-None-Match: *</c>; any other ETag is sent as
/// <c>If-Match</c>. The service itself refuses a write whose condition fails (HTTP 409 <c>BlobAlreadyExists</c> or
/// 412 for a create-only write; 412, or 404 when the blob is gone, for <c>If-Match</c>) and
/// <see cref="StorageConcurrencyException"/> is thrown. Each blob is written by one Put Blob request, so a single
/// key is all or nothing: of several writers racing on one ETag, or to create one key, exactly one wins.</para>
/// <para>Blob Storage has no transaction across blobs. A batch is therefore made as safe as it can be: keys and
/// values are checked against <see cref="StorageLimits"/> first, then (for a batch of more than one key) every
/// condition is checked with a HEAD request (<c>If-Match</c> keys must match, create-only keys must be absent),
/// and only when all hold are the blobs uploaded one after another, conditional ones first. A stale ETag or a
/// taken key already so when the call starts, a limit or a null value therefore writes nothing. What is not covered: another instance changing a key between the check and that
/// key's upload, or the account failing midway (after retries), makes the call throw
/// (<see cref="StorageConcurrencyException"/> or <see cref="StorageUnavailableException"/>) with the keys before
/// it in that order already written. A conditional or create-only upload retried after a timeout whose first
/// attempt in fact landed also reports a conflict, although the value stored is the one sent. Deletes are key by key and not
/// atomic either. Bot state saves one key per call and so is unaffected.</para>
/// <para>The container is created on the first write or ping (reads of a missing container find nothing) and
/// again if it was deleted. Transient failures (timeouts, 408, 429, 5xx, connection errors) are retried by the
/// SDK as bounded by <see cref="BlobStorageOptions"/>; then, and for any other failure of the service (such as
/// 403), <see cref="StorageUnavailableException"/> is thrown. One instance is safe to share across concurrent
/// turns.</para>
/// </remarks>
public sealed class BlobStorage : IStorage, IStoredJsonReader, IConditionalDeletion, IStorageHealth, IDisposable
{
    private const string JsonContentType = "application/json";

    // Reads and deletes of many keys go out in parallel, but not so many that one call floods the connection pool.
    private const int MaxParallelRequests = 8;

    private readonly BlobContainerClient _container;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _containerReady;

    /// <summary>Initializes a new instance of the <see cref="BlobStorage"/> class. Nothing is sent yet.</summary>
    /// <param name="options">Account, container and retry settings.</param>
    /// <param name="logger">Receives a warning for each retry; none when null.</param>
    /// <exception cref="ArgumentException">The options break a rule of <see cref="BlobAccountOptions.Validate"/>.</exception>
    public BlobStorage(BlobStorageOptions options, ILogger<BlobStorage>? logger = null)
        : this(CreateContainerClient(options, logger), logger)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BlobStorage"/> class over a given container client.</summary>
    /// <param name="container">The container; its client options decide retries and transport.</param>
    /// <param name="logger">Receives the container creation; none when null.</param>
    internal BlobStorage(BlobContainerClient container, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Gets the storage account's name.</summary>
    /// <value>As given by the connection string or service URI.</value>
    public string AccountName => _container.AccountName;

    /// <summary>Gets the container's name.</summary>
    /// <value><see cref="BlobAccountOptions.Container"/>.</value>
    public string ContainerName => _container.Name;

    /// <inheritdoc />
    /// <exception cref="StorageLimitExceededException">A key is outside <see cref="StorageLimits"/>.</exception>
    /// <exception cref="StorageUnavailableException">The account could not be read.</exception>
    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        StorageLimits.ValidateKeys(keys, nameof(keys));
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        if (keys.Length == 0)
        {
            return result;
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        var found = new JToken?[distinct.Length];
        await RunAsync(
            ct => ForEachAsync(distinct.Length, async (i, token) => found[i] = await DownloadAsync(distinct[i], token).ConfigureAwait(false), ct),
            "read",
            cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < distinct.Length; i++)
        {
            if (found[i] is { } value)
            {
                result[distinct[i]] = value;
            }
        }

        return result;
    }

    /// <inheritdoc />
    /// <exception cref="StorageUnavailableException">The account could not be read.</exception>
    public async Task<StoredJson?> ReadJsonAsync(string key, CancellationToken cancellationToken = default)
    {
        StorageLimits.ValidateKey(key, nameof(key));
        StoredJson? found = null;
        await RunAsync(async ct => found = await DownloadJsonAsync(key, ct).ConfigureAwait(false), "read", cancellationToken).ConfigureAwait(false);
        return found;
    }

    /// <inheritdoc />
    /// <exception cref="StorageConcurrencyException">An <see cref="IStoreItem"/>'s ETag did not match or its key is absent, or a create-only key exists (see remarks for what may have been written).</exception>
    /// <exception cref="StorageLimitExceededException">A key or value is outside <see cref="StorageLimits"/>; nothing was written.</exception>
    /// <exception cref="StorageUnavailableException">The account could not be written (see remarks for what may have been written).</exception>
    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        StorageLimits.ValidateKeys(changes.Keys, nameof(changes));
        if (changes.Count == 0)
        {
            return;
        }

        // Serialize everything before the first request: a value that cannot be stored fails the call untouched.
        // Conditional writes go first, so a conflict the check could not see stops the batch as early as possible.
        var writes = changes
            .Select(c => new BlobWrite(
                c.Key,
                Encoding.UTF8.GetBytes(StorageLimits.SerializeValue(c.Key, c.Value, nameof(changes))),
                StorageETags.ExpectedETag(c.Value),
                StorageETags.IsCreateOnly(c.Value)))
            .OrderBy(w => !w.IsConditional)
            .ToList();
        await RunAsync(
            async ct =>
            {
                await EnsureContainerAsync(ct).ConfigureAwait(false);

                // A single key needs no check: its own conditional upload is all or nothing.
                if (writes.Count > 1)
                {
                    foreach (var write in writes.Where(w => w.IsConditional))
                    {
                        await CheckConditionAsync(write, ct).ConfigureAwait(false);
                    }
                }

                foreach (var write in writes)
                {
                    var eTag = await UploadAsync(write, ct).ConfigureAwait(false);
                    (changes[write.Key] as SerializedStoreItem)?.WrittenETag = eTag;
                }
            },
            "write",
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Unknown keys are ignored. Keys are deleted one by one (with any snapshots); a failure may leave some deleted.</remarks>
    /// <exception cref="StorageLimitExceededException">A key is outside <see cref="StorageLimits"/>; nothing was deleted.</exception>
    /// <exception cref="StorageUnavailableException">The account could not be written.</exception>
    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        StorageLimits.ValidateKeys(keys, nameof(keys));
        if (keys.Length == 0)
        {
            return;
        }

        var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
        await RunAsync(
            ct => ForEachAsync(
                distinct.Length,
                (i, token) => _container.GetBlobClient(BlobKeys.ToBlobName(distinct[i])).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: token),
                ct),
            "delete",
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>One <c>If-Match</c> delete: the service refuses it (412, or 404 when the blob is gone) unless the
    /// blob still has the ETag.</remarks>
    /// <exception cref="StorageUnavailableException">The account could not be written.</exception>
    public async Task DeleteIfMatchAsync(string key, string eTag, CancellationToken cancellationToken = default)
    {
        StorageLimits.ValidateKey(key, nameof(key));
        ArgumentException.ThrowIfNullOrEmpty(eTag);
        var blob = _container.GetBlobClient(BlobKeys.ToBlobName(key));
        try
        {
            await RunAsync(
                ct => blob.DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, new BlobRequestConditions { IfMatch = new ETag(eTag) }, ct),
                "delete",
                cancellationToken).ConfigureAwait(false);
        }
        catch (StorageUnavailableException ex) when (ex.InnerException is RequestFailedException failed && IsConditionFailure(failed))
        {
            throw Conflict(key, failed);
        }
    }

    /// <inheritdoc />
    /// <remarks>Creates the container if needed, then reads its properties once.</remarks>
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        RunAsync(
            async ct =>
            {
                await EnsureContainerAsync(ct).ConfigureAwait(false);
                await _container.GetPropertiesAsync(cancellationToken: ct).ConfigureAwait(false);
            },
            "answer a ping",
            cancellationToken);

    /// <summary>Releases the container-creation lock; the SDK clients hold nothing to release.</summary>
    public void Dispose() => _createGate.Dispose();

    private static BlobContainerClient CreateContainerClient(BlobStorageOptions options, ILogger<BlobStorage>? logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        return BlobClientFactory.CreateContainerClient(options, logger ?? (ILogger)NullLogger.Instance);
    }

    private static async Task ForEachAsync(int count, Func<int, CancellationToken, Task> body, CancellationToken cancellationToken)
    {
        if (count == 1)
        {
            await body(0, cancellationToken).ConfigureAwait(false);
            return;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = MaxParallelRequests, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (i, ct) => await body(i, ct).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static bool IsConditionFailure(RequestFailedException ex) => ex.Status is 412 or 404;

    // Put Blob with If-None-Match: * over an existing blob: the service answers 409 BlobAlreadyExists (412 is
    // accepted too, the generic answer to a failed condition).
    private static bool IsAlreadyExists(RequestFailedException ex) =>
        ex.Status == 412 || (ex.Status == 409 && ex.ErrorCode == BlobErrorCode.BlobAlreadyExists.ToString());

    private static bool IsContainerMissing(RequestFailedException ex) => ex.ErrorCode == BlobErrorCode.ContainerNotFound.ToString();

    private static StorageConcurrencyException Conflict(string key, RequestFailedException inner) =>
        new($"Etag conflict on key '{key}'.", inner);

    private async Task<JToken?> DownloadAsync(string key, CancellationToken cancellationToken) =>
        await DownloadJsonAsync(key, cancellationToken).ConfigureAwait(false) is { } stored ? StorageJson.Deserialize(stored.Json, stored.ETag) : null;

    private async Task<StoredJson?> DownloadJsonAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.GetBlobClient(BlobKeys.ToBlobName(key)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var download = response.Value;
            return new StoredJson(download.Content.ToString(), download.Details.ETag.ToString());
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Blob or container not there: the key is simply absent.
            return null;
        }
    }

    private async Task CheckConditionAsync(BlobWrite write, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(BlobKeys.ToBlobName(write.Key));
        if (write.CreateOnly)
        {
            if ((await blob.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value)
            {
                throw StorageConcurrencyException.ForExistingKey(write.Key);
            }

            return;
        }

        try
        {
            var conditions = new BlobRequestConditions { IfMatch = new ETag(write.ExpectedETag!) };
            await blob.GetPropertiesAsync(conditions, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (IsConditionFailure(ex))
        {
            throw Conflict(write.Key, ex);
        }
    }

    /// <returns>The uploaded blob's ETag.</returns>
    private async Task<string> UploadAsync(BlobWrite write, CancellationToken cancellationToken)
    {
        // A block blob upload from a stream is one Put Blob request (values are at most 1 MiB): never a partial blob.
        var blob = _container.GetBlockBlobClient(BlobKeys.ToBlobName(write.Key));
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = JsonContentType },
            Conditions = write.CreateOnly ? new BlobRequestConditions { IfNoneMatch = ETag.All }
                : write.ExpectedETag is null ? null
                : new BlobRequestConditions { IfMatch = new ETag(write.ExpectedETag) },
        };
        try
        {
            try
            {
                return await UploadOnceAsync(blob, write.Json, options, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (write.ExpectedETag is null && IsContainerMissing(ex))
            {
                // Someone deleted the container after we created it. An unconditional write may recreate it, and so
                // may a create-only one: without a container the key is certainly absent.
                _containerReady = false;
                await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
                return await UploadOnceAsync(blob, write.Json, options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestFailedException ex) when (write.CreateOnly && IsAlreadyExists(ex))
        {
            throw StorageConcurrencyException.ForExistingKey(write.Key, ex);
        }
        catch (RequestFailedException ex) when (write.ExpectedETag is not null && IsConditionFailure(ex))
        {
            throw Conflict(write.Key, ex);
        }
    }

    private static async Task<string> UploadOnceAsync(BlockBlobClient blob, byte[] json, BlobUploadOptions options, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(json, writable: false);
        var uploaded = await blob.UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
        return uploaded.Value.ETag.ToString();
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_containerReady)
        {
            return;
        }

        await _createGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_containerReady)
            {
                return;
            }

            var created = await _container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (created is not null)
            {
                BlobStorageLog.ContainerCreated(_logger, _container.Name);
            }

            _containerReady = true;
        }
        finally
        {
            _createGate.Release();
        }
    }

    private async Task RunAsync(Func<CancellationToken, Task> operation, string what, CancellationToken cancellationToken)
    {
        try
        {
            await operation(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex)
        {
            if (IsContainerMissing(ex))
            {
                _containerReady = false;
            }

            throw Unavailable(what, ex);
        }
        catch (Exception ex) when (ex is AggregateException or AuthenticationFailedException or IOException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // AggregateException: the SDK's retries ran out, one inner exception per attempt. A cancellation the
            // caller did not ask for is the SDK's per-attempt timeout.
            throw Unavailable(what, ex);
        }
    }

    private StorageUnavailableException Unavailable(string what, Exception inner)
    {
        var reason = inner switch
        {
            RequestFailedException { Status: > 0 } failed => $"HTTP {failed.Status} {failed.ErrorCode}",
            AggregateException aggregate => $"{aggregate.InnerExceptions.Count} attempts failed, last: {FirstLine(aggregate.InnerExceptions[^1].Message)}",
            _ => FirstLine(inner.Message),
        };
        return new StorageUnavailableException($"Azure Blob storage container '{_container.Name}' could not {what}: {reason}", inner);
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
