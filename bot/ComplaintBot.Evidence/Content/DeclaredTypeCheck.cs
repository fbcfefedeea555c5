using ComplaintBot.Evidence.Refusals;

namespace ComplaintBot.Evidence.Content;

/// <summary>
/// Compares what a file claims to be (declared type, name extension) with what its bytes are. A claim is only
/// ever used to tell a disguised file from a merely unsupported one; the accepted type is always the sniffed one.
/// </summary>
internal static class DeclaredTypeCheck
{
    private static readonly string[] BinaryExtensions = ["jpg", "jpeg", "jpe", "jfif", "png", "gif", "webp", "heic", "heif", "pdf", "mp4", "m4v", "mov", "qt"];
    private static readonly string[] TextExtensions = ["txt", "text", "log"];

    /// <summary>Returns the accepted type, or refuses.</summary>
    /// <param name="sniff">What the bytes are.</param>
    /// <param name="name">The file name, if any.</param>
    /// <param name="declared">The declared MIME type or file extension, if any.</param>
    /// <returns>The sniffed content type.</returns>
    /// <exception cref="EvidenceRefusedException"><c>disguised</c> or <c>type_not_allowed</c>.</exception>
    public static string Verify(SniffResult sniff, string? name, string? declared)
    {
        var claim = Max(ClaimOfType(declared), ClaimOfExtension(Path.GetExtension(name ?? string.Empty)));
        if (sniff.ContentType is null)
        {
            throw new EvidenceRefusedException(claim == Claim.None ? EvidenceRefusalCodes.TypeNotAllowed : EvidenceRefusalCodes.Disguised);
        }

        // Text dressed up as a picture, video or PDF is disguised too; a PNG sent as image/jpeg is simply a PNG.
        if (sniff.ContentType == EvidenceContentTypes.PlainText && claim == Claim.Binary)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.Disguised);
        }

        return sniff.ContentType;
    }

    private static Claim ClaimOfType(string? declared)
    {
        var type = declared?.Split(';')[0].Trim().ToLowerInvariant() ?? string.Empty;
        if (type.StartsWith("image/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal) || type == "application/pdf")
        {
            return Claim.Binary;
        }

        // Teams download info declares a bare extension ("jpg") instead of a MIME type.
        return type == "text/plain" ? Claim.Text : ClaimOfExtension(type);
    }

    private static Claim ClaimOfExtension(string extension)
    {
        var ext = extension.TrimStart('.').ToLowerInvariant();
        if (BinaryExtensions.Contains(ext))
        {
            return Claim.Binary;
        }

        return TextExtensions.Contains(ext) ? Claim.Text : Claim.None;
    }

    private static Claim Max(Claim a, Claim b) => a > b ? a : b;

    private enum Claim
    {
        None,
        Text,
        Binary,
    }
}
