using System.Buffers;
using System.Security.Cryptography;

namespace ComplaintBot.Evidence.Content;

/// <summary>
/// A file copied from its source into a private temporary file, with its SHA-256, size, leading bytes and text
/// verdict worked out during the same single pass. Nothing reaches the store before every check has passed, and
/// the temporary file disappears when this is disposed.
/// </summary>
internal sealed class StagedContent : IAsyncDisposable
{
    private const int ChunkSize = 81_920;

    private readonly FileStream file;
    private readonly byte[] header;

    private StagedContent(FileStream file, byte[] header, long length, string sha256, bool isText, bool exceeded)
    {
        this.file = file;
        this.header = header;
        Length = length;
        Sha256 = sha256;
        IsText = isText;
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

    /// <summary>Gets where the content is staged on disk.</summary>
    internal string TemporaryPath => file.Name;

    /// <summary>Copies a source, stopping one byte past <paramref name="cap"/> so an endless body cannot fill the disk.</summary>
    /// <param name="source">The body.</param>
    /// <param name="cap">The most bytes accepted.</param>
    /// <param name="cancellationToken">Cancels the copy.</param>
    /// <returns>The staged content; <see cref="Exceeded"/> tells whether the cap was passed.</returns>
    public static async Task<StagedContent> CopyAsync(Stream source, long cap, CancellationToken cancellationToken)
    {
        var file = CreateTemporaryFile();
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var probe = new TextProbe();
            var head = new byte[ContentSniffer.HeaderLength];
            var headLength = 0;
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(ChunkSize, cap + 1 - total)), cancellationToken).ConfigureAwait(false)) > 0)
            {
                var chunk = buffer.AsMemory(0, read);
                var toHead = Math.Min(read, head.Length - headLength);
                chunk.Span[..toHead].CopyTo(head.AsSpan(headLength));
                headLength += toHead;
                hash.AppendData(chunk.Span);
                probe.Append(chunk.Span);
                await file.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
                total += read;
                if (total > cap)
                {
                    break;
                }
            }

            probe.Complete();
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            file.Position = 0;
            return new StagedContent(file, head[..headLength], total, Convert.ToHexStringLower(hash.GetHashAndReset()), probe.IsText, total > cap);
        }
        catch
        {
            await file.DisposeAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static FileStream CreateTemporaryFile()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,

            // Unbuffered: every write is already a whole chunk, so a FileStream buffer would only be copied through.
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

    /// <summary>Opens the staged bytes from the start; the stream stays owned by this instance.</summary>
    /// <returns>A read-only view of the content.</returns>
    public Stream OpenRead()
    {
        file.Position = 0;
        return new ReadOnlyWrapper(file);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => file.DisposeAsync();

    // Lets the store read and even dispose its stream without closing (and deleting) the staging file early.
    private sealed class ReadOnlyWrapper(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
