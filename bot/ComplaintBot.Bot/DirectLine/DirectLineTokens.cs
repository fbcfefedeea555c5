using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>What a valid token grants: one conversation, as one user, until it expires.</summary>
/// <param name="ConversationId">The conversation the token is bound to.</param>
/// <param name="UserId">The user the token speaks for; every activity posted with it is from this id.</param>
/// <param name="ExpiresAt">When the token stops being accepted.</param>
public sealed record DirectLineGrant(string ConversationId, string UserId, DateTimeOffset ExpiresAt);

/// <summary>The outcome of checking a token.</summary>
public enum DirectLineTokenStatus
{
    /// <summary>Signed by us and not expired.</summary>
    Valid,

    /// <summary>Malformed or not signed with our key.</summary>
    Invalid,

    /// <summary>Signed by us but past its expiry.</summary>
    Expired,
}

/// <summary>
/// Issues and checks Direct Line tokens: <c>dl1.{payload}.{signature}</c>, the payload a base64url JSON object
/// naming the conversation, the user and the expiry, the signature HMAC-SHA256 over <c>dl1.{payload}</c>.
/// </summary>
public sealed partial class DirectLineTokens
{
    private const string Prefix = "dl1.";
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lifetime;

    /// <summary>Initializes a new instance of the <see cref="DirectLineTokens"/> class.</summary>
    /// <param name="options">The channel options (signing key, lifetime).</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Says when the key was generated rather than configured.</param>
    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineTokens> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _lifetime = TimeSpan.FromSeconds(options.Value.TokenLifetimeSeconds);
        var configured = options.Value.TokenSigningKey;
        if (string.IsNullOrWhiteSpace(configured))
        {
            _key = RandomNumberGenerator.GetBytes(32);
            LogGeneratedKey(logger);
        }
        else
        {
            _key = DecodeKey(configured);
        }
    }

    /// <summary>Gets how long a new token lives.</summary>
    public TimeSpan Lifetime => _lifetime;

    /// <summary>Seconds until a grant expires.</summary>
    /// <param name="grant">The grant.</param>
    /// <returns>Whole seconds, at least zero.</returns>
    public int SecondsLeft(DirectLineGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return (int)Math.Max(0, (grant.ExpiresAt - _time.GetUtcNow()).TotalSeconds);
    }

    /// <summary>Makes a new conversation id.</summary>
    /// <returns>An unguessable id safe in URLs and storage keys.</returns>
    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Makes a new user id in the Direct Line convention (<c>dl_</c> prefix).</summary>
    /// <returns>The id.</returns>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    /// <summary>Issues a token for a conversation and user.</summary>
    /// <param name="conversationId">The conversation.</param>
    /// <param name="userId">The user.</param>
    /// <returns>The token and its grant.</returns>
    public (string Token, DirectLineGrant Grant) Issue(string conversationId, string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var now = _time.GetUtcNow();
        var expires = now + _lifetime;
        var payload = new Payload
        {
            Conversation = conversationId,
            User = userId,
            IssuedAt = now.ToUnixTimeSeconds(),
            ExpiresAt = expires.ToUnixTimeSeconds(),
            Nonce = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(9)),
        };
        var body = Prefix + WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(payload, TokenJson.Default.Payload));
        var token = body + "." + WebEncoders.Base64UrlEncode(Sign(body));
        return (token, new DirectLineGrant(conversationId, userId, DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt)));
    }

    /// <summary>Checks a token.</summary>
    /// <param name="token">The token as presented.</param>
    /// <param name="grant">What it grants, when signed by us (also when expired).</param>
    /// <returns>Whether it is valid, invalid or expired.</returns>
    public DirectLineTokenStatus Validate(string? token, out DirectLineGrant? grant)
    {
        grant = null;
        if (string.IsNullOrEmpty(token) || token.Length > 2048 || !token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return DirectLineTokenStatus.Invalid;
        }

        var dot = token.LastIndexOf('.');
        if (dot <= Prefix.Length)
        {
            return DirectLineTokenStatus.Invalid;
        }

        var body = token[..dot];
        byte[] signature;
        Payload? payload;
        try
        {
            signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Sign(body)))
            {
                return DirectLineTokenStatus.Invalid;
            }

            payload = JsonSerializer.Deserialize(WebEncoders.Base64UrlDecode(body[Prefix.Length..]), TokenJson.Default.Payload);
        }
        catch (FormatException)
        {
            return DirectLineTokenStatus.Invalid;
        }
        catch (JsonException)
        {
            return DirectLineTokenStatus.Invalid;
        }

        if (payload is null || string.IsNullOrEmpty(payload.Conversation) || string.IsNullOrEmpty(payload.User))
        {
            return DirectLineTokenStatus.Invalid;
        }

        grant = new DirectLineGrant(payload.Conversation, payload.User, DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt));
        return _time.GetUtcNow() >= grant.ExpiresAt ? DirectLineTokenStatus.Expired : DirectLineTokenStatus.Valid;
    }

    private static byte[] DecodeKey(string configured)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(configured.Trim());
        }
        catch (FormatException)
        {
            key = Encoding.UTF8.GetBytes(configured);
        }

        if (key.Length < 32)
        {
            throw new OptionsValidationException(DirectLineOptions.SectionName, typeof(DirectLineOptions), ["DirectLine:TokenSigningKey must hold at least 32 bytes (base64)."]);
        }

        return key;
    }

    private byte[] Sign(string body) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(body));

    [LoggerMessage(EventId = 6000, Level = LogLevel.Warning, Message = "DirectLine:TokenSigningKey is not configured: generated a random key for this process. Direct Line tokens will not survive a restart and are not accepted by other instances.")]
    private static partial void LogGeneratedKey(ILogger logger);

    internal sealed class Payload
    {
        [JsonPropertyName("c")]
        public string Conversation { get; set; } = string.Empty;

        [JsonPropertyName("u")]
        public string User { get; set; } = string.Empty;

        [JsonPropertyName("iat")]
        public long IssuedAt { get; set; }

        [JsonPropertyName("exp")]
        public long ExpiresAt { get; set; }

        [JsonPropertyName("n")]
        public string? Nonce { get; set; }
    }
}

/// <summary>Source-generated JSON for the token payload.</summary>
[JsonSerializable(typeof(DirectLineTokens.Payload))]
internal sealed partial class TokenJson : JsonSerializerContext;
