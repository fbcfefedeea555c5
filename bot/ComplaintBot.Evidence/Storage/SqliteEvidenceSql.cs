namespace ComplaintBot.Evidence.Storage;

/// <summary>
/// The schema and statements of <see cref="SqliteEvidenceStore"/>. Every value reaches SQLite as a parameter,
/// never inside the statement text.
/// </summary>
internal static class SqliteEvidenceSql
{
    /// <summary>The most bytes one row of content holds; a file is as many rows as it needs.</summary>
    /// <remarks>A power of two, so a part rented from the shared array pool has exactly this length.</remarks>
    internal const int PartBytes = 256 * 1024;

    // Rowid tables: content rows are up to a quarter of a megabyte, and SQLite advises rowid tables for rows that
    // large. Parts are numbered from 0, and part 0 exists for every stored content (empty content included), so it
    // marks the content as present. Owners name complaints by the hash of their id, as the other stores do.
    internal const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS evidence_parts (
            sha256 TEXT    NOT NULL,
            part   INTEGER NOT NULL,
            bytes  BLOB    NOT NULL,
            PRIMARY KEY (sha256, part)
        );
        CREATE TABLE IF NOT EXISTS evidence_owners (
            complaint_key TEXT NOT NULL,
            sha256        TEXT NOT NULL,
            PRIMARY KEY (complaint_key, sha256)
        );
        CREATE INDEX IF NOT EXISTS evidence_owners_by_content ON evidence_owners (sha256);
        """;

    internal const string ContentExists = "SELECT EXISTS (SELECT 1 FROM evidence_parts WHERE sha256 = $sha AND part = 0);";

    internal const string InsertPart = "INSERT INTO evidence_parts (sha256, part, bytes) VALUES ($sha, $part, $bytes);";

    internal const string AddOwner = "INSERT OR IGNORE INTO evidence_owners (complaint_key, sha256) VALUES ($key, $sha);";

    internal const string OwnerExists = "SELECT EXISTS (SELECT 1 FROM evidence_owners WHERE complaint_key = $key AND sha256 = $sha);";

    internal const string ReadParts = "SELECT bytes FROM evidence_parts WHERE sha256 = $sha ORDER BY part;";

    internal const string ListOwned = "SELECT sha256 FROM evidence_owners WHERE complaint_key = $key;";

    // The returned hashes are those the complaint held; content whose last owner that was goes with the next statement.
    internal const string RemoveOwner = "DELETE FROM evidence_owners WHERE complaint_key = $key RETURNING sha256;";

    internal const string RemoveOrphan = """
        DELETE FROM evidence_parts
        WHERE sha256 = $sha AND NOT EXISTS (SELECT 1 FROM evidence_owners WHERE sha256 = $sha);
        """;
}
