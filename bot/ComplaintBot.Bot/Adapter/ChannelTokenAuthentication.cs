using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// The Bot Framework authentication from configuration, with every rejected token reported the same way.
/// </summary>
/// <remarks>
/// The adapter answers 401 only for an <see cref="UnauthorizedAccessException"/>. The SDK throws one for a missing
/// header, a wrong issuer, audience or service URL and an expired token, but lets IdentityModel's own exceptions
/// through for a token it cannot parse, one without a signature, one signed by an unknown key or with a signature
/// that does not verify, and one not yet valid; those would become 500s, telling a caller with a forged token that
/// it broke something. Here they become <see cref="UnauthorizedAccessException"/>s too. The message names only the
/// exception type: never the token. Anything that is not about the token (the OpenID metadata cannot be fetched,
/// a metadata URL is missing) stays what it was, so a broken configuration still shows as a server error.
/// </remarks>
public sealed class ChannelTokenAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner;

    /// <summary>Initializes a new instance of the <see cref="ChannelTokenAuthentication"/> class.</summary>
    /// <param name="inner">The SDK's authentication, which does the validating.</param>
    public ChannelTokenAuthentication(BotFrameworkAuthentication inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        RefuseBadTokensAsync(() => _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    /// <inheritdoc />
    public override Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        RefuseBadTokensAsync(() => _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        RefuseBadTokensAsync(() => _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken));

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => _inner.CreateConnectorFactory(claimsIdentity);

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    /// <summary>
    /// IdentityModel's validation failures derive from <see cref="SecurityTokenException"/>; a token that cannot be
    /// parsed raises an <see cref="ArgumentException"/> (header or payload not base64url JSON, wrong number of
    /// segments). A null argument is a configuration or programming error, not the caller's token.
    /// </summary>
    private static bool IsRejectedToken(Exception exception) =>
        exception is SecurityTokenException || (exception is ArgumentException && exception is not ArgumentNullException);

    private static async Task<T> RefuseBadTokensAsync<T>(Func<Task<T>> authenticate)
    {
        try
        {
            return await authenticate().ConfigureAwait(false);
        }
        catch (Exception exception) when (IsRejectedToken(exception))
        {
            throw new UnauthorizedAccessException($"The channel token was rejected ({exception.GetType().Name}).");
        }
    }
}
