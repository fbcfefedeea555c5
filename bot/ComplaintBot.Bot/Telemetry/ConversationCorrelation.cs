using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.Telemetry;

/// <summary>
/// Turns a conversation into a correlation id for logs and spans: a keyed hash (HMAC-SHA256, first 16 hex
/// digits) of the channel and the conversation id. The raw id never leaves the turn: on some channels it is, or
/// leads to, the user's identity.
/// </summary>
/// <remarks>
/// A plain hash of a guessable id (a phone number, an e-mail address) could be reversed by trying candidates;
/// with <see cref="TelemetryOptions.CorrelationKey"/> set to a secret it cannot. Without a key a fixed built-in
/// one is used, which still keeps ids out of the logs and stays stable across restarts and instances.
/// </remarks>
public sealed class ConversationCorrelation
{
    private const string BuiltInKey = "ComplaintBot conversation correlation v1";
    private readonly byte[] _key;

    /// <summary>Initializes a new instance of the <see cref="ConversationCorrelation"/> class.</summary>
    /// <param name="options">The telemetry options holding the optional key.</param>
    public ConversationCorrelation(IOptions<TelemetryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var key = options.Value.CorrelationKey;
        _key = Encoding.UTF8.GetBytes(string.IsNullOrEmpty(key) ? BuiltInKey : key);
    }

    /// <summary>Computes the correlation id of a conversation.</summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="conversationId">The conversation id.</param>
    /// <returns>16 lowercase hex digits, or <c>none</c> when the activity names no conversation.</returns>
    public string Of(string? channelId, string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return "none";
        }

        var data = Encoding.UTF8.GetBytes($"{channelId}\n{conversationId}");
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_key, data, hash);
        return Convert.ToHexStringLower(hash[..8]);
    }
}
