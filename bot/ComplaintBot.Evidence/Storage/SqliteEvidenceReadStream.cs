using Microsoft.Data.Sqlite;

namespace ComplaintBot.Evidence.Storage;

/// <summary>
/// Reads one stored content of <see cref="SqliteEvidenceStore"/> part after part, forward only. It owns the
/// connection, read transaction, statement and reader it was given and closes them all when disposed.
/// </summary>
internal sealed class SqliteEvidenceReadStream : Stream
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand command;
    private readonly SqliteDataReader reader;
    private Stream? part;
    private bool finished;
    private long position;

    internal SqliteEvidenceReadStream(SqliteConnection connection, SqliteTransaction transaction, SqliteCommand command, SqliteDataReader reader)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.command = command;
        this.reader = reader;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (!finished && buffer.Length > 0)
        {
            if (part is null)
            {
                if (!reader.Read())
                {
                    finished = true;
                    break;
                }

                part = reader.GetStream(0);
            }

            var read = part.Read(buffer);
            if (read > 0)
            {
                position += read;
                return read;
            }

            part.Dispose();
            part = null;
        }

        return 0;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        // SQLite reads are synchronous underneath; the async shape is only for callers that need one.
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            part?.Dispose();
            reader.Dispose();
            command.Dispose();
            transaction.Dispose();
            connection.Dispose();
        }

        base.Dispose(disposing);
    }
}
