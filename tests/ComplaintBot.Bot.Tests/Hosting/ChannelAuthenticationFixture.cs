using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Bot.Tests.Reliability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Bot.Tests.Hosting;

/// <summary>
/// The host with a bot identity (<c>MicrosoftAppId</c> set) on a real Kestrel socket, whose Bot Framework
/// authentication reads its OpenID metadata and keys from a <see cref="LocalOpenIdProvider"/> on 127.0.0.1.
/// Every address the SDK could call (metadata, outbound login, OAuth) points at that provider, so no request
/// can leave the machine.
/// </summary>
public sealed class ChannelAuthenticationFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string ChannelId = "webchat";
    public const string ServiceUrl = "https://smba.example.test/apac/";

    // Disposing it also disposes the factory derived from it with the capturing logger.
    private BotHostFactory? _factory;

    public string AppId { get; } = Guid.NewGuid().ToString();

    /// <summary>Gets the app password: never used here (replies come back in the response), but it must not be logged.</summary>
    public string AppPassword { get; } = "pw-" + Guid.NewGuid().ToString("N");

    /// <summary>Gets the published key that endorses <see cref="ChannelId"/>.</summary>
    public RsaSecurityKey ChannelKey { get; } = PublishedKey.NewKey("channel-key");

    /// <summary>Gets a published key that endorses only another channel.</summary>
    public RsaSecurityKey OtherChannelKey { get; } = PublishedKey.NewKey("other-channel-key");

    /// <summary>Gets a key the provider never published.</summary>
    public RsaSecurityKey UnknownKey { get; } = PublishedKey.NewKey("unknown-key");

    public LocalOpenIdProvider Provider { get; private set; } = null!;

    public CapturingLoggerProvider Logs { get; } = new();

    public Uri BotUri { get; private set; } = null!;

    public IServiceProvider Services { get; private set; } = null!;

    /// <summary>Gets a minter whose tokens the host must accept; tests change one property to break them.</summary>
    public ChannelTokenMinter ValidTokens => new(ChannelKey, Provider.Issuer, AppId, ServiceUrl);

    public async Task InitializeAsync()
    {
        Provider = await LocalOpenIdProvider.StartAsync(
            new PublishedKey(ChannelKey, [ChannelId, "msteams", "directline"]),
            new PublishedKey(OtherChannelKey, ["skype"]));
        TrustProviderForTokenValidation(Provider);

        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["MicrosoftAppTenantId"] = Guid.NewGuid().ToString(),

            // The keys ConfigurationBotFrameworkAuthentication reads (Bot Framework SDK 4.23.1); any of them set
            // selects its parameterized authentication, which takes every endpoint from here.
            ["ToBotFromChannelOpenIdMetadataUrl"] = Provider.MetadataUrl,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = Provider.MetadataUrl,
            ["ToBotFromChannelTokenIssuer"] = Provider.Issuer,
            ["ToChannelFromBotLoginUrl"] = new Uri(Provider.BaseUri, "/login").ToString(),
            ["ToChannelFromBotOAuthScope"] = Provider.Issuer,
            ["OAuthUrl"] = new Uri(Provider.BaseUri, "/oauth").ToString(),
            ["CallerId"] = "urn:botframework:local",
            ["ValidateAuthority"] = "false",
        };
        var factory = new BotHostFactory(null, settings);
        _factory = factory;
        var host = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace)));
        host.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        host.StartServer();
        Services = host.Services;
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BotUri = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>A client for <c>POST /api/messages</c> over the socket, sending the given Authorization header.</summary>
    public BotClient CreateClient(AuthenticationHeaderValue? authorization)
    {
        var http = new HttpClient { BaseAddress = BotUri, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = authorization;
        return new BotClient(http) { ChannelId = ChannelId, ServiceUrl = ServiceUrl };
    }

    public async Task DisposeAsync() => await ((IAsyncDisposable)this).DisposeAsync();

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Provider.DisposeAsync();
    }

    /// <summary>
    /// The SDK validates channel tokens with an HttpClient of its own (a static one inside its authentication, not
    /// the IHttpClientFactory the host passes in, which serves outbound calls only), and it keeps one metadata
    /// manager per metadata URL for the whole process, made by whichever <see cref="JwtTokenExtractor"/> asks for
    /// that URL first. Asking first, with a client that trusts exactly the provider's certificate, makes the host's
    /// validation read the local metadata through that client; the host itself is unchanged.
    /// </summary>
    private static void TrustProviderForTokenValidation(LocalOpenIdProvider provider) =>
        _ = new JwtTokenExtractor(provider.CreateTrustingClient(), new TokenValidationParameters(), provider.MetadataUrl, AuthenticationConstants.AllowedSigningAlgorithms);
}
