namespace ComplaintBot.Evidence.Content;

/// <summary>Turns whatever name a channel sent into a safe display name.</summary>
internal static class EvidenceFileNames
{
    private const int MaxLength = 200;

    /// <summary>Keeps the last path segment without control characters; invents a name from the hash when nothing is left.</summary>
    public static string Clean(string? name, string contentType, string sha256)
    {
        var last = (name ?? string.Empty).Replace('\\', '/').Split('/')[^1];
        var cleaned = new string([.. last.Where(c => !char.IsControl(c) && c is not ('\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068' or '\u2069'))]).Trim();
        if (cleaned.Length == 0 || cleaned is "." or "..")
        {
            return "evidence-" + sha256[..8] + EvidenceContentTypes.ExtensionOf(contentType);
        }

        return cleaned.Length <= MaxLength ? cleaned : cleaned[..MaxLength];
    }
}
