using ComplaintBot.Evidence.Content;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Evidence.Storage;

/// <summary>
/// Reads one stored content of <see cref="SqliteEvidenceStore"/> part after part, forward only. It owns the
/// connection, read transaction, statement and reader it was given and closes them all when disposed.
/// </summary>
internal sealed class SqliteEvidenceReadStream(SqliteConnection connection, SqliteTransaction transaction, SqliteCommand command, SqliteDataReader reader)
    : ForwardReadStream
{
    private Stream? part;
    private bool finished;

    // Parts are read in order, so the position only ever moves on by what was read: the offset is not needed.
    protected override int ReadAt(long offset, Span<byte> buffer)
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
                return read;
            }

            part.Dispose();
            part = null;
        }

        return 0;
    }

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
