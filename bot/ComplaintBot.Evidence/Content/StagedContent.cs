using System.Buffers;

namespace ComplaintBot.Evidence.Content;

/// <summary>
/// A file copied from its source into private staging, with its SHA-256, size, leading bytes and text verdict
/// worked out during the same single pass. Content of up to <see cref="InMemoryLimit"/> bytes stays in a pooled
/// buffer; larger content moves to a private temporary file as soon as it outgrows the buffer. Nothing reaches the
/// store before every check has passed; disposing returns the buffer to its pool and deletes the file. Reading and
/// disposing must not overlap (the intake does one after the other).
/// </summary>
internal sealed class StagedContent : IAsyncDisposable
{
    /// <summary>
    /// The most bytes staged in memory. Typical evidence is a chat screenshot well under this size, and a temporary
    /// file for each cost a create, writes, reading it all back and a delete on the request path; a pooled buffer
    /// costs one copy. Videos and long PDFs still go to disk, so each upload in flight holds at most this much
    /// memory whatever the file size limit is.
    /// </summary>
    internal const int InMemoryLimit = 256 * 1024;

    private readonly ArrayPool<byte> pool;
    private readonly FileStream? file;
    private readonly byte[] header;
    private byte[]? memory;
    private int disposed;

    private StagedContent(ArrayPool<byte> pool, byte[]? memory, FileStream? file, long length, (byte[] Header, string Sha256, bool IsText) digest, bool exceeded)
    {
        this.pool = pool;
        this.memory = memory;
        this.file = file;
        header = digest.Header;
        Length = length;
        Sha256 = digest.Sha256;
        IsText = digest.IsText;
        Exceeded = exceeded;
    }

    /// <summary>Gets the number of bytes kept (at most the cap plus one).</summary>
    public long Length { get; }

    /// <summary>Gets the lowercase hex SHA-256 of the content.</summary>
    public string Sha256 { get; }

    /// <summary>Gets a value indicating whether the content is UTF-8 text without binary control characters.</summary>
    public bool IsText { get; }

    /// <summary>Gets a value indicating whether the source had more bytes than the cap; reading stopped there.</summary>
    public bool Exceeded { get; }

    /// <summary>Gets the leading bytes, for sniffing.</summary>
    public ReadOnlySpan<byte> Header => header;

    /// <summary>Gets a value indicating whether the content is staged in memory rather than in a file.</summary>
    internal bool IsInMemory => file is null;

    /// <summary>Gets where the content is staged on disk, or null when it is staged in memory.</summary>
    internal string? TemporaryPath => file?.Name;

    /// <summary>Copies a source, stopping one byte past <paramref name="cap"/> so an endless body cannot fill the disk.</summary>
    /// <param name="source">The body.</param>
    /// <param name="cap">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>The staged content; <see cref="Exceeded"/> tells whether the cap was passed.</returns>
    public static Task<StagedContent> CopyAsync(Stream source, long cap, CancellationToken cancellationToken) =>
        CopyAsync(source, cap, ArrayPool<byte>.Shared, cancellationToken);

    /// <summary>Copies a source as <see cref="CopyAsync(Stream, long, CancellationToken)"/> does, renting from <paramref name="pool"/>.</summary>
    internal static async Task<StagedContent> CopyAsync(Stream source, long cap, ArrayPool<byte> pool, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(pool);

        // While the content fits, this buffer is where it is staged; once it has moved to a file, the copy buffer.
        var buffer = pool.Rent(InMemoryLimit);
        var keepBuffer = false;
        FileStream? file = null;
        try
        {
            using var digest = new StagingDigest();
            long total = 0;
            while (total <= cap)
            {
                if (file is null && total == InMemoryLimit)
                {
                    // The buffer is full: only one more byte tells whether the content needs a file at all.
                    var next = new byte[1];
                    if (await source.ReadAsync(next, cancellationToken).ConfigureAwait(false) == 0)
                    {
                        break;
                    }

                    file = CreateTemporaryFile();
                    await RandomAccess.WriteAsync(file.SafeFileHandle, buffer.AsMemory(0, InMemoryLimit), 0, cancellationToken).ConfigureAwait(false);
                    await RandomAccess.WriteAsync(file.SafeFileHandle, next, total, cancellationToken).ConfigureAwait(false);
                    digest.Append(next);
                    total++;
                    continue;
                }

                var offset = file is null ? (int)total : 0;
                var chunk = buffer.AsMemory(offset, (int)Math.Min(InMemoryLimit - offset, cap + 1 - total));
                var read = await source.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                chunk = chunk[..read];
                digest.Append(chunk.Span);
                if (file is not null)
                {
                    await RandomAccess.WriteAsync(file.SafeFileHandle, chunk, total, cancellationToken).ConfigureAwait(false);
                }

                total += read;
            }

            var staged = new StagedContent(pool, file is null ? buffer : null, file, total, digest.Complete(), total > cap);
            keepBuffer = file is null;
            return staged;
        }
        catch
        {
            if (file is not null)
            {
                await file.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
        finally
        {
            if (!keepBuffer)
            {
                pool.Return(buffer);
            }
        }
    }

    /// <summary>Opens the staged bytes from the start; the content stays owned by this instance.</summary>
    /// <returns>A read-only view of the content.</returns>
    /// <exception cref="ObjectDisposedException">The content was disposed.</exception>
    public Stream OpenRead()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        return new StagedContentStream(this);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return ValueTask.CompletedTask;
        }

        if (memory is { } pooled)
        {
            memory = null;
            pool.Return(pooled);
        }

        return file?.DisposeAsync() ?? ValueTask.CompletedTask;
    }

    /// <summary>Reads staged bytes from a position.</summary>
    internal int ReadAt(long position, Span<byte> destination)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (file is not null)
        {
            return RandomAccess.Read(file.SafeFileHandle, destination, position);
        }

        var count = (int)Math.Clamp(Length - position, 0, destination.Length);
        memory.AsSpan((int)position, count).CopyTo(destination);
        return count;
    }

    /// <summary>Reads staged bytes from a position.</summary>
    internal ValueTask<int> ReadAtAsync(long position, Memory<byte> destination, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (file is not null)
        {
            return RandomAccess.ReadAsync(file.SafeFileHandle, destination, position, cancellationToken);
        }

        return cancellationToken.IsCancellationRequested
            ? ValueTask.FromCanceled<int>(cancellationToken)
            : ValueTask.FromResult(ReadAt(position, destination.Span));
    }

    private static FileStream CreateTemporaryFile()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,

            // Unbuffered: the file is written and read at explicit offsets through its handle, never through the stream.
            BufferSize = 0,
            Options = FileOptions.Asynchronous | FileOptions.DeleteOnClose,
        };
        if (!OperatingSystem.IsWindows())
        {
            // The temporary folder is shared: the user's file is readable by this process only, from the moment it exists.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(Path.Combine(Path.GetTempPath(), "complaintbot-" + Path.GetRandomFileName()), options);
    }
}
