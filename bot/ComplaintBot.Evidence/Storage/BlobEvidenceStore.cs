using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Blobs.Specialized;

namespace ComplaintBot.Evidence.Storage;

/// <summary>
/// Evidence in an Azure Blob Storage container, shared by every instance of the bot. Content lives once, byte for
/// byte, in the block blob <c>objects/{sha256}</c>; empty marker blobs record ownership both ways
/// (<c>complaints/{key}/{sha256}</c> and <c>refs/{sha256}/{key}</c>, key = hash of the complaint id), so deleting a
/// complaint removes its markers and only content no other complaint holds.
/// </summary>
/// <remarks>
/// <para>Content is uploaded as staged blocks while it is hashed; the block list is committed (and so the blob
/// created) only when the hash matches, and only if no blob of that name exists yet. Content that does not match
/// its hash therefore never appears under the content name; its uncommitted blocks are discarded by the service.</para>
/// <para>A save writes the <c>refs</c> marker first, then touches the object (a metadata write that changes its
/// ETag) or uploads it when it is missing, then writes the <c>complaints</c> marker. A deletion reads the object's
/// ETag, removes its own <c>refs</c> marker, lists the remaining ones, and deletes the object only when none is
/// left, with <c>If-Match</c> on the ETag it read. A save racing with the deletion of the last other owner thus
/// either leaves a marker the deletion sees, or changes the ETag so the deletion's conditional delete fails, or
/// finds the object gone and uploads it again. The race accepted: when the content is deleted after a save has
/// already read its stream to the end (two saves of the same content both losing to one deletion), the stream is
/// rewound if it can be; otherwise the save fails with <see cref="IOException"/> and the file must be sent again.
/// There is no transaction across blobs: a save or deletion that fails midway may leave markers behind, which at
/// worst keep content alive longer (a repeated deletion finishes the job); it never removes content a complaint
/// still holds.</para>
/// <para>Transient failures are retried by the SDK as bounded by <see cref="EvidenceBlobOptions"/>; then, and for
/// any other failure of the service, <see cref="IOException"/> is thrown. One instance is safe to share across
/// concurrent turns.</para>
/// </remarks>
public sealed class BlobEvidenceStore : IEvidenceStore, IDisposable
{
    /// <summary>The size of one staged block.</summary>
    internal const int BlockSize = 4 * 1024 * 1024;

    private const string TouchedMetadata = "touched";
    private const int MaxSaveAttempts = 3;

    private readonly BlobContainerClient container;
    private readonly TimeProvider timeProvider;
    private readonly SemaphoreSlim createGate = new(1, 1);
    private volatile bool containerReady;

    /// <summary>Initializes a new instance of the <see cref="BlobEvidenceStore"/> class. Nothing is sent yet.</summary>
    /// <param name="options">Account, container and retry settings.</param>
    /// <param name="timeProvider">Stamps the objects' <c>touched</c> metadata.</param>
    /// <exception cref="ArgumentException">The options break a rule of <see cref="ComplaintBot.Storage.Blob.BlobAccountOptions.Validate"/>.</exception>
    public BlobEvidenceStore(EvidenceBlobOptions options, TimeProvider timeProvider)
        : this(CreateContainerClient(options), timeProvider)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BlobEvidenceStore"/> class over a given container client.</summary>
    /// <param name="container">The container; its client options decide retries and transport.</param>
    /// <param name="timeProvider">Stamps the objects' <c>touched</c> metadata.</param>
    internal BlobEvidenceStore(BlobContainerClient container, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.container = container;
        this.timeProvider = timeProvider;
    }

    /// <summary>Gets the container's name.</summary>
    /// <value><see cref="ComplaintBot.Storage.Blob.BlobAccountOptions.Container"/>.</value>
    public string ContainerName => container.Name;

    /// <inheritdoc />
    /// <exception cref="IOException">The account could not be written, or the content vanished concurrently and the stream cannot be rewound.</exception>
    public Task SaveAsync(string complaintId, string sha256, Stream content, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        RequireSha(sha256);
        ArgumentNullException.ThrowIfNull(content);
        return RunAsync(ct => SaveCoreAsync(key, sha256, content, ct), "save evidence", cancellationToken);
    }

    /// <inheritdoc />
    /// <exception cref="IOException">The account could not be read.</exception>
    public async Task<Stream?> OpenReadAsync(string complaintId, string sha256, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        RequireSha(sha256);
        Stream? stream = null;
        await RunAsync(
            async ct =>
            {
                if (!await ExistsAsync(container.GetBlobClient(ComplaintMarker(key, sha256)), ct).ConfigureAwait(false))
                {
                    return;
                }

                try
                {
                    var download = await container.GetBlobClient(ObjectName(sha256)).DownloadStreamingAsync(cancellationToken: ct).ConfigureAwait(false);
                    stream = download.Value.Content;
                }
                catch (RequestFailedException ex) when (ex.Status == 404)
                {
                    // Deleted with its last owner a moment ago.
                }
            },
            "read evidence",
            cancellationToken).ConfigureAwait(false);
        return stream;
    }

    /// <inheritdoc />
    /// <exception cref="IOException">The account could not be read.</exception>
    public async Task<IReadOnlyList<string>> ListAsync(string complaintId, CancellationToken cancellationToken)
    {
        var prefix = ComplaintPrefix(EvidenceHashes.ComplaintKey(complaintId));
        var hashes = new List<string>();
        await RunAsync(
            async ct =>
            {
                hashes.Clear();
                hashes.AddRange(await ListNamesAsync(prefix, ct).ConfigureAwait(false));
            },
            "list evidence",
            cancellationToken).ConfigureAwait(false);
        return hashes;
    }

    /// <inheritdoc />
    /// <exception cref="IOException">The account could not be written; a repeated call finishes the deletion.</exception>
    public Task DeleteAsync(string complaintId, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        return RunAsync(
            async ct =>
            {
                foreach (var sha in await ListNamesAsync(ComplaintPrefix(key), ct).ConfigureAwait(false))
                {
                    await ReleaseAsync(key, sha, ct).ConfigureAwait(false);
                }
            },
            "delete evidence",
            cancellationToken);
    }

    /// <summary>Releases the container-creation lock; the SDK clients hold nothing to release.</summary>
    public void Dispose() => createGate.Dispose();

    private static BlobContainerClient CreateContainerClient(EvidenceBlobOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ThrowIfInvalid();
        var clientOptions = new BlobClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetryAttempts;
        clientOptions.Retry.Delay = options.RetryDelay;
        clientOptions.Retry.MaxDelay = options.RetryDelay * 8;
        clientOptions.Retry.NetworkTimeout = options.NetworkTimeout;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new BlobContainerClient(options.ConnectionString, options.Container, clientOptions);
        }

        var credentialOptions = new DefaultAzureCredentialOptions();
        if (!string.IsNullOrWhiteSpace(options.ManagedIdentityClientId))
        {
            credentialOptions.ManagedIdentityClientId = options.ManagedIdentityClientId;
        }

        return new BlobServiceClient(new Uri(options.ServiceUri!), new DefaultAzureCredential(credentialOptions), clientOptions)
            .GetBlobContainerClient(options.Container);
    }

    private static void RequireSha(string sha256)
    {
        if (!EvidenceHashes.IsSha256(sha256))
        {
            throw new ArgumentException("Expected a lowercase hex SHA-256.", nameof(sha256));
        }
    }

    private static string ObjectName(string sha256) => "objects/" + sha256;

    private static string ComplaintPrefix(string key) => "complaints/" + key + "/";

    private static string ComplaintMarker(string key, string sha256) => ComplaintPrefix(key) + sha256;

    private static string RefPrefix(string sha256) => "refs/" + sha256 + "/";

    private static string RefMarker(string sha256, string key) => RefPrefix(sha256) + key;

    private static bool IsContainerMissing(RequestFailedException ex) => ex.ErrorCode == BlobErrorCode.ContainerNotFound.ToString();

    private static async Task<bool> ExistsAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            return (await blob.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return false;
        }
    }

    private async Task SaveCoreAsync(string key, string sha256, Stream content, CancellationToken cancellationToken)
    {
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var refMarker = container.GetBlobClient(RefMarker(sha256, key));
        var complaintMarker = container.GetBlobClient(ComplaintMarker(key, sha256));

        // The ref marker goes first: a concurrent deletion of another owner either sees it, or our touch below
        // changes the ETag its conditional delete relies on.
        await WriteMarkerAsync(refMarker, cancellationToken).ConfigureAwait(false);
        try
        {
            await EnsureObjectAsync(sha256, content, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException)
        {
            // Nothing of this content is stored; drop the marker unless the complaint already held the content.
            if (!await ExistsAsync(complaintMarker, cancellationToken).ConfigureAwait(false))
            {
                await refMarker.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            throw;
        }

        await WriteMarkerAsync(complaintMarker, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureObjectAsync(string sha256, Stream content, CancellationToken cancellationToken)
    {
        var blob = container.GetBlockBlobClient(ObjectName(sha256));
        var consumed = false;
        for (var attempt = 1; ; attempt++)
        {
            if (await TouchAsync(blob, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (consumed)
            {
                if (!content.CanSeek || attempt >= MaxSaveAttempts)
                {
                    throw new IOException("The evidence content was deleted concurrently while it was being saved; send it again.");
                }

                content.Position = 0;
            }

            consumed = true;
            if (await UploadVerifiedAsync(blob, sha256, content, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            // Another writer created the object first; touch theirs on the next round.
        }
    }

    /// <summary>Changes the object's ETag so a deletion that read the old one does not remove it.</summary>
    /// <returns>False when the object does not exist.</returns>
    private async Task<bool> TouchAsync(BlockBlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [TouchedMetadata] = timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            };
            await blob.SetMetadataAsync(metadata, cancellationToken: cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && !IsContainerMissing(ex))
        {
            return false;
        }
    }

    /// <summary>Stages the content block by block while hashing it, and commits only when the hash matches.</summary>
    /// <returns>True when this call created the object; false when one of that name already existed.</returns>
    /// <exception cref="InvalidDataException">The content does not hash to <paramref name="sha256"/>; nothing was committed.</exception>
    private static async Task<bool> UploadVerifiedAsync(BlockBlobClient blob, string sha256, Stream content, CancellationToken cancellationToken)
    {
        var writer = Guid.NewGuid().ToString("N");
        var blockIds = new List<string>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            while (true)
            {
                var filled = await content.ReadAtLeastAsync(buffer.AsMemory(0, BlockSize), BlockSize, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
                if (filled == 0)
                {
                    break;
                }

                hash.AppendData(buffer, 0, filled);

                // Block ids of one blob must all have the same length; the writer's id keeps concurrent writers apart.
                var blockId = Convert.ToBase64String(Encoding.ASCII.GetBytes(writer + blockIds.Count.ToString("D6", CultureInfo.InvariantCulture)));
                using (var block = new MemoryStream(buffer, 0, filled, writable: false))
                {
                    await blob.StageBlockAsync(blockId, block, new BlockBlobStageBlockOptions(), cancellationToken).ConfigureAwait(false);
                }

                blockIds.Add(blockId);
                if (filled < BlockSize)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (!string.Equals(Convert.ToHexStringLower(hash.GetHashAndReset()), sha256, StringComparison.Ordinal))
        {
            throw new InvalidDataException("The content does not match its SHA-256.");
        }

        try
        {
            var options = new CommitBlockListOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } };
            await blob.CommitBlockListAsync(blockIds, options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 || ex.ErrorCode == BlobErrorCode.InvalidBlockList.ToString())
        {
            // The object exists already, or another writer's commit discarded our blocks: same bytes either way.
            return false;
        }
    }

    private async Task ReleaseAsync(string key, string sha256, CancellationToken cancellationToken)
    {
        var blob = container.GetBlobClient(ObjectName(sha256));
        ETag? etag = null;
        try
        {
            etag = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value.ETag;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Already gone (a deletion interrupted earlier).
        }

        await container.GetBlobClient(RefMarker(sha256, key)).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (etag is { } current && !await AnyAsync(RefPrefix(sha256), cancellationToken).ConfigureAwait(false))
        {
            try
            {
                var conditions = new BlobRequestConditions { IfMatch = current };
                await blob.DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 412)
            {
                // A save touched the object after we read its ETag: it has a new owner.
            }
        }

        // Last, so an interrupted deletion is found and finished by the next one.
        await container.GetBlobClient(ComplaintMarker(key, sha256)).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> AnyAsync(string prefix, CancellationToken cancellationToken)
    {
        await foreach (var page in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).AsPages(pageSizeHint: 1).ConfigureAwait(false))
        {
            if (page.Values.Count > 0)
            {
                return true;
            }

            if (string.IsNullOrEmpty(page.ContinuationToken))
            {
                return false;
            }
        }

        return false;
    }

    private async Task<List<string>> ListNamesAsync(string prefix, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        try
        {
            await foreach (var item in container.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).ConfigureAwait(false))
            {
                var name = item.Name[prefix.Length..];
                if (EvidenceHashes.IsSha256(name))
                {
                    names.Add(name);
                }
            }
        }
        catch (RequestFailedException ex) when (IsContainerMissing(ex))
        {
            // No container yet: nothing stored.
        }

        return names;
    }

    private static async Task WriteMarkerAsync(BlobClient marker, CancellationToken cancellationToken)
    {
        using var empty = new MemoryStream([], writable: false);
        await marker.UploadAsync(empty, overwrite: true, cancellationToken).ConfigureAwait(false);
    }

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (containerReady)
        {
            return;
        }

        await createGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!containerReady)
            {
                await container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);
                containerReady = true;
            }
        }
        finally
        {
            createGate.Release();
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
                containerReady = false;
            }

            throw new IOException($"Azure Blob container '{container.Name}' could not {what}: HTTP {ex.Status} {ex.ErrorCode}", ex);
        }
        catch (Exception ex) when (ex is AggregateException or AuthenticationFailedException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // AggregateException: the SDK's retries ran out. A cancellation the caller did not ask for is the SDK's
            // per-attempt timeout.
            throw new IOException($"Azure Blob container '{container.Name}' could not {what}.", ex);
        }
    }
}
