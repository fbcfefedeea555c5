using ComplaintBot.Evidence.Refusals;

namespace ComplaintBot.Evidence.Sources;

/// <summary>Decodes <c>data:</c> URIs (RFC 2397), refusing an oversized payload before decoding it.</summary>
internal static class DataUriReader
{
    /// <summary>Decodes a data URI.</summary>
    /// <param name="dataUri">The whole URI, starting with <c>data:</c>.</param>
    /// <param name="cap">The most bytes accepted.</param>
    /// <returns>The declared media type and the bytes, or null bytes when the payload is larger than <paramref name="cap"/>.</returns>
    /// <exception cref="EvidenceRefusedException"><c>bad_data_uri</c> when the URI cannot be decoded.</exception>
    public static (string? MediaType, byte[]? Bytes) Read(string dataUri, long cap)
    {
        var comma = dataUri.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.BadDataUri);
        }

        var meta = dataUri.AsSpan(5, comma - 5);
        var payload = dataUri.AsSpan(comma + 1);
        var isBase64 = meta.EndsWith(";base64", StringComparison.OrdinalIgnoreCase);
        if (isBase64)
        {
            meta = meta[..^7];
        }

        var semicolon = meta.IndexOf(';');
        var mediaType = (semicolon < 0 ? meta : meta[..semicolon]).Trim().ToString();

        // Each base64 character carries 6 bits and each escaped byte at least one character: an upper bound, checked before decoding.
        var maxLength = isBase64 ? (payload.Length * 3L) / 4 : payload.Length;
        if (maxLength > cap + 3)
        {
            return (mediaType.Length == 0 ? null : mediaType, null);
        }

        var bytes = isBase64 ? DecodeBase64(payload) : DecodePercent(payload);
        return (mediaType.Length == 0 ? null : mediaType, bytes.Length > cap ? null : bytes);
    }

    private static byte[] DecodeBase64(ReadOnlySpan<char> payload)
    {
        // Base64 in URIs is sometimes percent-escaped (%2B, %2F, %3D); undo that first.
        var text = payload.Contains('%') ? Uri.UnescapeDataString(payload.ToString()) : payload.ToString();
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException ex)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.BadDataUri, ex);
        }
    }

    private static byte[] DecodePercent(ReadOnlySpan<char> payload)
    {
        using var output = new MemoryStream(payload.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < payload.Length; i++)
        {
            var c = payload[i];
            if (c == '%')
            {
                if (i + 2 >= payload.Length || !byte.TryParse(payload.Slice(i + 1, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b))
                {
                    throw new EvidenceRefusedException(EvidenceRefusalCodes.BadDataUri);
                }

                output.WriteByte(b);
                i += 2;
            }
            else if (c > 0x7F)
            {
                // Unescaped non-ASCII is not a valid URI; take it as the UTF-8 text it almost certainly is.
                var written = System.Text.Encoding.UTF8.GetBytes(payload.Slice(i, char.IsHighSurrogate(c) && i + 1 < payload.Length ? 2 : 1), utf8);
                output.Write(utf8[..written]);
                i += char.IsHighSurrogate(c) && i + 1 < payload.Length ? 1 : 0;
            }
            else
            {
                output.WriteByte((byte)c);
            }
        }

        return output.ToArray();
    }
}
