namespace ComplaintBot.Storage;

/// <summary>The names accepted in <see cref="StorageOptions.Provider"/> (compared ignoring case).</summary>
public static class StorageProviders
{
    /// <summary>SQLite file in <see cref="StorageOptions.DataDirectory"/>: the embedded default, survives restarts.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>In-process memory: development and tests only, everything is lost when the process stops.</summary>
    public const string Memory = "Memory";

    /// <summary>Azure Blob Storage, settings in <see cref="StorageOptions.Blob"/>: for several instances sharing state.</summary>
    public const string Blob = "Blob";

    /// <summary>Gets every accepted name.</summary>
    /// <value>The names above, in that order.</value>
    public static IReadOnlyList<string> All { get; } = [Sqlite, Memory, Blob];

    /// <summary>Finds the canonical name for a configured one.</summary>
    /// <param name="name">The configured name, in any casing.</param>
    /// <returns>The matching constant, or null when the name is unknown.</returns>
    public static string? Normalize(string? name) =>
        All.FirstOrDefault(p => string.Equals(p, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
