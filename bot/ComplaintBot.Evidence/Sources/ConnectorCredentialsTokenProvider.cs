using System.Globalization;
using System.Text;
using Microsoft.Bot.Connector.Authentication;

namespace ComplaintBot.Evidence.Sources;

/// <summary>
/// Gets the bot's token from Bot Framework credentials, the way the connector authenticates its own calls. The
/// host registers it with the same <see cref="ServiceClientCredentialsFactory"/> as its adapter. An empty app id
/// (local runs, the Emulator) means no token.
/// </summary>
public sealed class ConnectorCredentialsTokenProvider : IBotTokenProvider
{
    private static readonly CompositeFormat LoginUrl = CompositeFormat.Parse(AuthenticationConstants.ToChannelFromBotLoginUrlTemplate);

    private readonly ServiceClientCredentialsFactory factory;
    private readonly string? appId;
    private readonly string loginEndpoint;
    private Task<AppCredentials?>? credentials;

    /// <summary>Initializes a new instance of the <see cref="ConnectorCredentialsTokenProvider"/> class.</summary>
    /// <param name="factory">The credentials factory the adapter uses.</param>
    /// <param name="appId">The bot's app id (<c>MicrosoftAppId</c>); empty for no token.</param>
    /// <param name="tenantId">The app's tenant for single-tenant bots; empty for the Bot Framework tenant.</param>
    public ConnectorCredentialsTokenProvider(ServiceClientCredentialsFactory factory, string? appId, string? tenantId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        this.factory = factory;
        this.appId = appId;
        loginEndpoint = string.Format(
            CultureInfo.InvariantCulture,
            LoginUrl,
            string.IsNullOrWhiteSpace(tenantId) ? "botframework.com" : tenantId);
    }

    /// <inheritdoc />
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(appId))
        {
            return null;
        }

        // Credentials are created once: they keep the token cache, so later calls do not sign in again.
        var pending = LazyInitializer.EnsureInitialized(ref credentials, CreateCredentialsAsync);
        AppCredentials? created;
        try
        {
            created = await pending.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (pending.IsFaulted)
        {
            // A failed sign-in setup is not cached: the next file tries again.
            _ = Interlocked.CompareExchange(ref credentials, null, pending);
            throw;
        }

        return created is null ? null : await created.GetTokenAsync().ConfigureAwait(false);
    }

    private async Task<AppCredentials?> CreateCredentialsAsync() =>
        await factory.CreateCredentialsAsync(appId, AuthenticationConstants.ToChannelFromBotOAuthScope, loginEndpoint, true, CancellationToken.None)
            .ConfigureAwait(false) as AppCredentials;
}
