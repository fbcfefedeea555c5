using System.Security.Claims;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// Bot Framework authentication whose per-turn clients (the connector client and the user token client) are built
/// only when a turn uses them.
/// </summary>
/// <remarks>
/// The SDK's adapter builds both clients for every inbound activity before the bot runs. Many turns never touch
/// them: replies of <c>expectReplies</c> requests travel in the HTTP response, and ComplaintBot signs no one in. Building them costs more CPU than the rest of an echo bot's turn, so
/// <see cref="OnDemandConnectorClient"/> and <see cref="OnDemandUserTokenClient"/> stand in for them and build
/// the real ones on first use. Authentication itself is the inner instance's, unchanged.
/// </remarks>
public sealed class OnDemandClientsAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner;

    /// <summary>Initializes a new instance of the <see cref="OnDemandClientsAuthentication"/> class.</summary>
    /// <param name="inner">The authentication that validates requests and builds the real clients.</param>
    public OnDemandClientsAuthentication(BotFrameworkAuthentication inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        WithOnDemandConnector(await _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        WithOnDemandConnector(await _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new OnDemandConnectorFactory(_inner.CreateConnectorFactory(claimsIdentity));

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new OnDemandUserTokenClient(() => _inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken)));

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    private static AuthenticateRequestResult WithOnDemandConnector(AuthenticateRequestResult result)
    {
        result.ConnectorFactory = new OnDemandConnectorFactory(result.ConnectorFactory);
        return result;
    }
}
