using System.Globalization;
using System.Text;

namespace ComplaintBot.Storage;

/// <summary>
/// The key and value limits every storage provider enforces, so a value accepted in tests (memory) is also
/// accepted by SQLite today and Azure Blob later.
/// </summary>
/// <remarks>
/// Keys are Bot Framework state keys such as <c>msteams/conversations/{id}</c>; Teams conversation ids can be a
/// few hundred characters, so 1,024 characters leaves ample room while keeping a Blob name (after URL encoding
/// and hashing of long keys) within its own limit. A value is one scope's whole state (a conversation's dialog
/// stack and answers); 1 MiB of JSON is far above any real interview and low enough that one runaway value cannot
/// slow every turn of the conversation or fill the disk.
/// </remarks>
public static class StorageLimits
{
    /// <summary>The longest key, in UTF-16 characters. Keys must also be non-empty.</summary>
    public const int MaxKeyLength = 1024;

    /// <summary>The largest value: the UTF-8 byte length of its stored JSON (1 MiB).</summary>
    public const int MaxValueBytes = 1024 * 1024;

    /// <summary>Checks every key of a read, write or delete.</summary>
    /// <param name="keys">The keys.</param>
    /// <param name="paramName">The argument name reported in the exception.</param>
    /// <exception cref="ArgumentException">A key is null.</exception>
    /// <exception cref="StorageLimitExceededException">A key is empty or longer than <see cref="MaxKeyLength"/>.</exception>
    internal static void ValidateKeys(IEnumerable<string> keys, string paramName)
    {
        foreach (var key in keys)
        {
            ValidateKey(key, paramName);
        }
    }

    /// <summary>Checks one key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="paramName">The argument name reported in the exception.</param>
    internal static void ValidateKey(string? key, string paramName)
    {
        if (key is null)
        {
            throw new ArgumentException("Storage keys must not be null.", paramName);
        }

        if (key.Length == 0)
        {
            throw new StorageLimitExceededException("Storage keys must not be empty.", paramName);
        }

        if (key.Length > MaxKeyLength)
        {
            throw new StorageLimitExceededException(
                string.Create(CultureInfo.InvariantCulture, $"Storage key of {key.Length} characters is longer than the limit of {MaxKeyLength}: '{key[..64]}...'."),
                paramName);
        }
    }

    /// <summary>Serializes one value with <see cref="StorageJson"/> and checks its size.</summary>
    /// <param name="key">The key the value is written under (for the message).</param>
    /// <param name="value">The value.</param>
    /// <param name="paramName">The argument name reported in the exception.</param>
    /// <returns>The JSON text to store.</returns>
    /// <exception cref="ArgumentException">The value is null.</exception>
    /// <exception cref="StorageLimitExceededException">The JSON is larger than <see cref="MaxValueBytes"/>.</exception>
    internal static string SerializeValue(string key, object? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentException($"The value for storage key '{key}' is null; delete the key instead.", paramName);
        }

        var json = StorageJson.Serialize(value);
        var bytes = Encoding.UTF8.GetByteCount(json);
        if (bytes > MaxValueBytes)
        {
            throw new StorageLimitExceededException(
                string.Create(CultureInfo.InvariantCulture, $"The value for storage key '{key}' is {bytes} bytes of JSON, over the limit of {MaxValueBytes}."),
                paramName);
        }

        return json;
    }
}
