namespace ComplaintBot.Evidence.Content;

/// <summary>The content types evidence may have, as recognised from the bytes themselves.</summary>
public static class EvidenceContentTypes
{
    /// <summary>JPEG image.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>PNG image.</summary>
    public const string Png = "image/png";

    /// <summary>GIF image.</summary>
    public const string Gif = "image/gif";

    /// <summary>WebP image.</summary>
    public const string WebP = "image/webp";

    /// <summary>HEIC image (iPhone photos).</summary>
    public const string Heic = "image/heic";

    /// <summary>HEIF image with a generic brand.</summary>
    public const string Heif = "image/heif";

    /// <summary>PDF document.</summary>
    public const string Pdf = "application/pdf";

    /// <summary>MP4 video.</summary>
    public const string Mp4 = "video/mp4";

    /// <summary>QuickTime (MOV) video.</summary>
    public const string QuickTime = "video/quicktime";

    /// <summary>Plain text in UTF-8.</summary>
    public const string PlainText = "text/plain";

    /// <summary>Gets the file extension for an accepted type, with its dot.</summary>
    /// <param name="contentType">An accepted type.</param>
    /// <returns>The extension, or <c>.bin</c> for anything else.</returns>
    public static string ExtensionOf(string contentType) => contentType switch
    {
        Jpeg => ".jpg",
        Png => ".png",
        Gif => ".gif",
        WebP => ".webp",
        Heic => ".heic",
        Heif => ".heif",
        Pdf => ".pdf",
        Mp4 => ".mp4",
        QuickTime => ".mov",
        PlainText => ".txt",
        _ => ".bin",
    };
}
