namespace ComplaintBot.Evidence;

/// <summary>The evidence store providers <see cref="EvidenceOptions.Provider"/> may name.</summary>
public static class EvidenceProviders
{
    /// <summary>One SQLite file in the data directory (<see cref="Storage.SqliteEvidenceStore"/>; the embedded default).</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>Files in a folder under the data directory, content-addressed by SHA-256 (<see cref="Storage.LocalFolderEvidenceStore"/>).</summary>
    public const string Local = "Local";

    /// <summary>An Azure Blob Storage container shared by every instance (<see cref="Storage.BlobEvidenceStore"/>), configured in <c>Evidence:Blob</c>.</summary>
    public const string Blob = "Blob";

    /// <summary>Gets every known provider name.</summary>
    public static IReadOnlyList<string> All { get; } = [Sqlite, Local, Blob];

    /// <summary>Maps a configured name to its canonical spelling, ignoring case.</summary>
    /// <param name="name">The configured name; may be null.</param>
    /// <returns>The canonical name, or null when it is not known.</returns>
    public static string? Normalize(string? name) =>
        All.FirstOrDefault(p => string.Equals(p, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
