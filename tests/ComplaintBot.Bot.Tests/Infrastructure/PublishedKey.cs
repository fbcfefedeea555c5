using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>A signing key the provider publishes, and the channel ids it endorses.</summary>
public sealed record PublishedKey(RsaSecurityKey Key, string[] Endorsements)
{
    /// <summary>A fresh 2048-bit RSA key with the given key id.</summary>
    public static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };
}
