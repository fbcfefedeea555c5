using System.Text;

namespace ComplaintBot.Evidence.Content;

/// <summary>
/// Recognises accepted file types by their leading bytes (magic numbers). The declared content type and the
/// file name are never consulted here; they are only compared with the result afterwards.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>How many leading bytes the sniffer needs.</summary>
    public const int HeaderLength = 512;

    private static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis", "hevc", "hevx"];
    private static readonly string[] HeifBrands = ["mif1", "msf1"];
    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "M4VH", "M4VP", "mmp4", "dash", "f4v ", "3gp4", "3gp5", "3gp6", "3g2a", "MSNV", "XAVC"];
    private static readonly string[] QuickTimeAtoms = ["moov", "mdat", "wide", "pnot"];

    // The leading tags browsers treat as HTML (WHATWG MIME sniffing), plus XML and SVG.
    private static readonly string[] MarkupStarts =
    [
        "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div", "<font", "<table", "<a", "<style",
        "<title", "<b", "<body", "<br", "<p", "<!--", "<?xml", "<svg", "<meta", "<img", "<object", "<embed", "<form",
    ];

    /// <summary>Sniffs a file.</summary>
    /// <param name="header">The first bytes (up to <see cref="HeaderLength"/>).</param>
    /// <param name="isUtf8Text">Whether the whole file is UTF-8 text without binary control characters.</param>
    /// <returns>The result.</returns>
    public static SniffResult Sniff(ReadOnlySpan<byte> header, bool isUtf8Text)
    {
        var binary = SniffBinary(header);
        if (binary is not null)
        {
            return new SniffResult(binary, false);
        }

        if (!isUtf8Text)
        {
            return SniffResult.Unknown;
        }

        return LooksLikeMarkup(header) ? SniffResult.Markup : new SniffResult(EvidenceContentTypes.PlainText, false);
    }

    private static string? SniffBinary(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return EvidenceContentTypes.Jpeg;
        }

        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return EvidenceContentTypes.Png;
        }

        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8))
        {
            return EvidenceContentTypes.Gif;
        }

        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b.Slice(8, 4).SequenceEqual("WEBP"u8))
        {
            return EvidenceContentTypes.WebP;
        }

        if (b.StartsWith("%PDF-"u8))
        {
            return EvidenceContentTypes.Pdf;
        }

        return b.Length >= 12 ? SniffIsoMedia(b) : null;
    }

    // ISO base media files (HEIC, MP4, MOV) open with a box: 4-byte size, 4-byte type, and for "ftyp" a major brand.
    private static string? SniffIsoMedia(ReadOnlySpan<byte> b)
    {
        var boxType = Encoding.ASCII.GetString(b.Slice(4, 4));
        if (boxType != "ftyp")
        {
            return QuickTimeAtoms.Contains(boxType) ? EvidenceContentTypes.QuickTime : null;
        }

        var brands = new List<string> { Encoding.ASCII.GetString(b.Slice(8, 4)) };

        // Compatible brands follow the minor version; a generic major brand is settled by them.
        var boxSize = (int)Math.Min((uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]), (uint)b.Length);
        for (var i = 16; i + 4 <= boxSize; i += 4)
        {
            brands.Add(Encoding.ASCII.GetString(b.Slice(i, 4)));
        }

        if (brands[0] == "qt  ")
        {
            return EvidenceContentTypes.QuickTime;
        }

        if (HeicBrands.Contains(brands[0]))
        {
            return EvidenceContentTypes.Heic;
        }

        if (HeifBrands.Contains(brands[0]))
        {
            return brands.Any(HeicBrands.Contains) ? EvidenceContentTypes.Heic : EvidenceContentTypes.Heif;
        }

        return Mp4Brands.Contains(brands[0]) ? EvidenceContentTypes.Mp4 : null;
    }

    private static bool LooksLikeMarkup(ReadOnlySpan<byte> header)
    {
        var text = Encoding.UTF8.GetString(header).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '\f');
        foreach (var start in MarkupStarts)
        {
            if (text.StartsWith(start, StringComparison.OrdinalIgnoreCase)
                && (start == "<!--" || IsTagEnd(text, start.Length)))
            {
                return true;
            }
        }

        return false;
    }

    // "<b" starts HTML only as a tag ("<b>", "<b "), not as text such as "<bonus points>".
    private static bool IsTagEnd(string text, int index) =>
        index >= text.Length || text[index] is ' ' or '>' or '\t' or '\r' or '\n' or '/' or '\f';
}
