namespace ComplaintBot.Domain.Complaints;

/// <summary>One file the user attached as evidence.</summary>
public sealed record EvidenceItem
{
    /// <summary>Gets the file name as the user sent it.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the MIME type, e.g. <c>image/jpeg</c>.</summary>
    public string ContentType { get; init; } = "application/octet-stream";

    /// <summary>Gets the size in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>Gets the lowercase hex SHA-256 of the content, when it has been computed.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Gets what the evidence is.</summary>
    public EvidenceKind Kind { get; init; } = EvidenceKind.Other;

    /// <summary>Gets when the bot received and stored the file, if known.</summary>
    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>A best guess of the kind from the MIME type: images are photos, videos videos, PDFs documents.</summary>
    /// <param name="contentType">The MIME type; may be null.</param>
    /// <returns>The kind.</returns>
    public static EvidenceKind KindFromContentType(string? contentType)
    {
        var type = contentType?.Trim().ToUpperInvariant() ?? string.Empty;
        if (type.StartsWith("IMAGE/", StringComparison.Ordinal))
        {
            return EvidenceKind.Photo;
        }

        if (type.StartsWith("VIDEO/", StringComparison.Ordinal))
        {
            return EvidenceKind.Video;
        }

        return type is "APPLICATION/PDF" or "TEXT/PLAIN" ? EvidenceKind.Document : EvidenceKind.Other;
    }
}
