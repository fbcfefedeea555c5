using System.Security.Cryptography;
using System.Text;

namespace ComplaintBot.Evidence.Storage;

/// <summary>Checks and derives the names the store uses on disk.</summary>
public static class EvidenceHashes
{
    /// <summary>Whether a value is a lowercase hex SHA-256, the only form the store accepts as a name.</summary>
    /// <param name="sha256">The value.</param>
    /// <returns>True for 64 lowercase hex digits.</returns>
    public static bool IsSha256(string? sha256) =>
        sha256 is { Length: 64 } && sha256.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    /// <summary>A file-system-safe key for a complaint id: ids come from outside and may contain anything.</summary>
    /// <param name="complaintId">The complaint id.</param>
    /// <returns>The lowercase hex SHA-256 of the id's UTF-8 bytes.</returns>
    public static string ComplaintKey(string complaintId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(complaintId);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(complaintId)));
    }
}
