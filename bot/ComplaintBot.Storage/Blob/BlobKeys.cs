using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace ComplaintBot.Storage.Blob;

/// <summary>Maps storage keys to blob names: one blob per key, distinct keys never share a blob.</summary>
/// <remarks>
/// <para>Every character except ASCII letters, digits, <c>-</c> and <c>_</c> is percent-encoded as the uppercase
/// hex of its UTF-8 bytes, so a name never holds <c>/</c> (no virtual directories), <c>.</c> (no <c>.</c> or
/// <c>..</c> segments a URL parser could collapse, no trailing dot) or anything a proxy might rewrite. A lone
/// surrogate, which has no UTF-8 form, becomes <c>%u</c> and four hex digits. The mapping is injective; names
/// are never decoded, because reads are always by the requested key.</para>
/// <para>An encoded name longer than <see cref="MaxBlobNameLength"/> (Azure's limit) is replaced by a readable
/// prefix of it, <c>~</c> and the SHA-256 of the key. <c>~</c> never occurs in an encoded name, so a hashed name
/// cannot equal the name of a short key.</para>
/// </remarks>
internal static class BlobKeys
{
    /// <summary>Azure's limit on the length of a blob name.</summary>
    internal const int MaxBlobNameLength = 1024;

    /// <summary>Separates the readable prefix from the hash in the name of a long key.</summary>
    internal const char HashSeparator = '~';

    /// <summary>How much of a long key's encoded name is kept in front of the hash, so an operator listing the container can still tell keys apart by channel and conversation.</summary>
    internal const int HashedNamePrefixLength = 192;

    /// <summary>Gets the blob name of a key.</summary>
    /// <param name="key">A key already checked against <see cref="StorageLimits"/>.</param>
    /// <returns>The blob name: the encoded key, or its hashed form when the encoding is too long.</returns>
    internal static string ToBlobName(string key)
    {
        var encoded = Encode(key);
        if (encoded.Length <= MaxBlobNameLength)
        {
            return encoded;
        }

        // Hash the UTF-16 code units as they are: UTF-8 would turn every lone surrogate into the same U+FFFD.
        var hash = Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(key.AsSpan())));
        return TrimPartialEscape(encoded[..HashedNamePrefixLength]) + HashSeparator + hash;
    }

    /// <summary>Percent-encodes a key (see the class remarks).</summary>
    /// <param name="key">The key.</param>
    /// <returns>Only ASCII letters, digits, <c>-</c>, <c>_</c> and escapes.</returns>
    internal static string Encode(string key)
    {
        var builder = new StringBuilder(key.Length * 3);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            {
                builder.Append(c);
                continue;
            }

            var length = char.IsSurrogatePair(key, i) ? 2 : 1;
            if (length == 1 && char.IsSurrogate(c))
            {
                builder.Append("%u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                continue;
            }

            var count = Encoding.UTF8.GetBytes(key.AsSpan(i, length), utf8);
            foreach (var b in utf8[..count])
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }

            i += length - 1;
        }

        return builder.ToString();
    }

    // A prefix cut inside an escape would look like a different character to whoever reads the listing.
    private static string TrimPartialEscape(string prefix)
    {
        var lastEscape = prefix.LastIndexOf('%');
        if (lastEscape < 0)
        {
            return prefix;
        }

        var escapeLength = lastEscape + 1 < prefix.Length && prefix[lastEscape + 1] == 'u' ? 6 : 3;
        return prefix.Length - lastEscape < escapeLength ? prefix[..lastEscape] : prefix;
    }
}
