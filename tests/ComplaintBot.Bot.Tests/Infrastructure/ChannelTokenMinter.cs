using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>
/// Issues tokens shaped like those Azure Bot Service sends to a bot: RS256, the bot's app id as audience, the
/// channel's issuer, and the activity's service URL in a <c>serviceurl</c> claim. Each property is a default that
/// a test changes to make exactly one thing wrong.
/// </summary>
public sealed record ChannelTokenMinter(RsaSecurityKey SigningKey, string Issuer, string Audience, string ServiceUrl)
{
    /// <summary>Gets how far from now the token's validity starts; negative is in the past.</summary>
    public TimeSpan NotBeforeOffset { get; init; } = TimeSpan.FromMinutes(-1);

    /// <summary>Gets the token's lifetime from its start.</summary>
    public TimeSpan Lifetime { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>Gets a value indicating whether the token goes out unsigned (<c>alg: none</c>).</summary>
    public bool WithoutSignature { get; init; }

    /// <summary>Gets a key id to announce in the header instead of the signing key's own.</summary>
    public string? AnnouncedKeyId { get; init; }

    public string Mint()
    {
        var notBefore = TimeProvider.System.GetUtcNow().Add(NotBeforeOffset).UtcDateTime;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (ServiceUrl.Length > 0)
        {
            claims["serviceurl"] = ServiceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = notBefore + Lifetime,
            Claims = claims,
        };
        if (!WithoutSignature)
        {
            var key = AnnouncedKeyId is null ? SigningKey : new RsaSecurityKey(SigningKey.Rsa) { KeyId = AnnouncedKeyId };
            descriptor.SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
        }

        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
