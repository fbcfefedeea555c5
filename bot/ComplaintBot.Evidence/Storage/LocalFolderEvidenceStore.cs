using System.Buffers;
using System.Security.Cryptography;

namespace ComplaintBot.Evidence.Storage;

/// <summary>
/// Evidence in a local folder. Content lives once under <c>objects/ab/{sha256}</c>; empty marker files record
/// ownership both ways (<c>complaints/{key}/{sha256}</c> and <c>refs/{sha256}/{key}</c>, key = hash of the complaint
/// id), so deleting a complaint removes its markers and only content nobody else holds. Content is written to
/// <c>tmp/</c>, verified, flushed and then moved into place, so a crash never leaves a half-written object.
/// One process owns the folder; several hosts need a shared provider such as blob storage.
/// </summary>
public sealed class LocalFolderEvidenceStore : IEvidenceStore, IDisposable
{
    private const int CopyChunkBytes = 81_920;

    private readonly string root;

    // Markers and object moves happen under one lock so a delete can never drop content a concurrent save just referenced.
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Initializes a new instance of the <see cref="LocalFolderEvidenceStore"/> class.</summary>
    /// <param name="rootDirectory">The store's folder; created if missing.</param>
    public LocalFolderEvidenceStore(string rootDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        root = Path.GetFullPath(rootDirectory);
        Directory.CreateDirectory(Path.Combine(root, "tmp"));
    }

    /// <summary>Gets the store's folder.</summary>
    public string RootDirectory => root;

    /// <inheritdoc />
    public async Task SaveAsync(string complaintId, string sha256, Stream content, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        RequireSha(sha256);
        ArgumentNullException.ThrowIfNull(content);

        var objectPath = ObjectPath(sha256);
        string? temp = null;
        try
        {
            // The copy happens outside the lock so large files do not hold up other complaints.
            if (!File.Exists(objectPath))
            {
                temp = await WriteVerifiedTempAsync(sha256, content, cancellationToken).ConfigureAwait(false);
            }

            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (!File.Exists(objectPath))
                {
                    // Rare: the object was deleted with its last owner between the check and the lock.
                    temp ??= await WriteVerifiedTempAsync(sha256, content, cancellationToken).ConfigureAwait(false);
                    Directory.CreateDirectory(Path.GetDirectoryName(objectPath)!);
                    File.Move(temp, objectPath);
                    temp = null;
                }

                Touch(Path.Combine(root, "complaints", key, sha256));
                Touch(Path.Combine(root, "refs", sha256, key));
            }
            finally
            {
                gate.Release();
            }
        }
        finally
        {
            if (temp is not null)
            {
                File.Delete(temp);
            }
        }
    }

    /// <inheritdoc />
    public Task<Stream?> OpenReadAsync(string complaintId, string sha256, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        RequireSha(sha256);
        if (!File.Exists(Path.Combine(root, "complaints", key, sha256)))
        {
            return Task.FromResult<Stream?>(null);
        }

        try
        {
            Stream stream = new FileStream(ObjectPath(sha256), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81_920, FileOptions.Asynchronous);
            return Task.FromResult<Stream?>(stream);
        }
        catch (FileNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListAsync(string complaintId, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(root, "complaints", EvidenceHashes.ComplaintKey(complaintId));
        IReadOnlyList<string> hashes = Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Where(EvidenceHashes.IsSha256)]
            : [];
        return Task.FromResult(hashes);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string complaintId, CancellationToken cancellationToken)
    {
        var key = EvidenceHashes.ComplaintKey(complaintId);
        var folder = Path.Combine(root, "complaints", key);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!Directory.Exists(folder))
            {
                return;
            }

            foreach (var sha in Directory.EnumerateFiles(folder).Select(Path.GetFileName).OfType<string>().Where(EvidenceHashes.IsSha256).ToList())
            {
                var refs = Path.Combine(root, "refs", sha);
                File.Delete(Path.Combine(refs, key));
                if (!Directory.Exists(refs) || !Directory.EnumerateFileSystemEntries(refs).Any())
                {
                    File.Delete(ObjectPath(sha));
                    if (Directory.Exists(refs))
                    {
                        Directory.Delete(refs);
                    }
                }
            }

            Directory.Delete(folder, recursive: true);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();

    private static void RequireSha(string sha256)
    {
        if (!EvidenceHashes.IsSha256(sha256))
        {
            throw new ArgumentException("Expected a lowercase hex SHA-256.", nameof(sha256));
        }
    }

    private static void Touch(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        // A handle, not a FileStream: the marker is only created, never written, so a stream would be built for nothing.
        File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite).Dispose();
    }

    private string ObjectPath(string sha256) => Path.Combine(root, "objects", sha256[..2], sha256);

    private async Task<string> WriteVerifiedTempAsync(string sha256, Stream content, CancellationToken cancellationToken)
    {
        var temp = Path.Combine(root, "tmp", Path.GetRandomFileName() + ".tmp");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            // Unbuffered: the copy writes whole chunks from a pooled buffer, so nothing per file is allocated twice.
            var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous);
            var buffer = ArrayPool<byte>.Shared.Rent(CopyChunkBytes);
            try
            {
                await using (output.ConfigureAwait(false))
                {
                    int read;
                    while ((read = await content.ReadAsync(buffer.AsMemory(0, CopyChunkBytes), cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        hash.AppendData(buffer, 0, read);
                        await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    }

                    // Flushed to the device before the move, so the object name never points at lost bytes after a power cut.
                    output.Flush(flushToDisk: true);
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

            return temp;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
