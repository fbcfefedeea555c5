using System.Security.Cryptography;

namespace ComplaintBot.Evidence.Content;

/// <summary>
/// What staging learns from content while it streams past once: its SHA-256, its leading bytes for sniffing, and
/// whether it is text. Chunk boundaries do not matter; only the order of the bytes does.
/// </summary>
internal sealed class StagingDigest : IDisposable
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly TextProbe probe = new();
    private readonly byte[] head = new byte[ContentSniffer.HeaderLength];
    private int headLength;

    public void Append(ReadOnlySpan<byte> chunk)
    {
        var toHead = Math.Min(chunk.Length, head.Length - headLength);
        chunk[..toHead].CopyTo(head.AsSpan(headLength));
        headLength += toHead;
        hash.AppendData(chunk);
        probe.Append(chunk);
    }

    /// <summary>Ends the content.</summary>
    /// <returns>The leading bytes, the lowercase hex SHA-256 and the text verdict.</returns>
    public (byte[] Header, string Sha256, bool IsText) Complete()
    {
        probe.Complete();
        return (head[..headLength], Convert.ToHexStringLower(hash.GetHashAndReset()), probe.IsText);
    }

    public void Dispose() => hash.Dispose();
}
