using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// A user token client (the sign-in API) built the first time it is called. The adapter creates one for every
/// inbound activity, and ComplaintBot never signs users in, so building it up front is pure cost.
/// </summary>
internal sealed class OnDemandUserTokenClient : UserTokenClient
{
    private readonly OnDemand<UserTokenClient> _client;

    /// <summary>Initializes a new instance of the <see cref="OnDemandUserTokenClient"/> class.</summary>
    /// <param name="create">Builds the real client; called at most once.</param>
    public OnDemandUserTokenClient(Func<Task<UserTokenClient>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        _client = new OnDemand<UserTokenClient>(create);
    }

    /// <inheritdoc />
    public override async Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        await (await _client.GetAsync().ConfigureAwait(false)).GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        await (await _client.GetAsync().ConfigureAwait(false)).GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        await (await _client.GetAsync().ConfigureAwait(false)).SignOutUserAsync(userId, connectionName, channelId, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        await (await _client.GetAsync().ConfigureAwait(false)).GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        await (await _client.GetAsync().ConfigureAwait(false)).GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public override async Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        await (await _client.GetAsync().ConfigureAwait(false)).ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _client.Dispose();
        }

        base.Dispose(disposing);
    }
}
