namespace ComplaintBot.Domain.Documents;

/// <summary>One evidence item in the complaint document.</summary>
public sealed record EvidenceEntry
{
    /// <summary>Gets the file name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the MIME type.</summary>
    public string ContentType { get; init; } = string.Empty;

    /// <summary>Gets the size in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>Gets the lowercase hex SHA-256, or null.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Gets the kind key, e.g. <c>photo</c>.</summary>
    public string Kind { get; init; } = string.Empty;

    /// <summary>Gets the localized kind name.</summary>
    public string KindName { get; init; } = string.Empty;
}
