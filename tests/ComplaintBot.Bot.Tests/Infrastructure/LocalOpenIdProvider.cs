using System.Collections.Concurrent;
using System.Net;
using System.Net.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>
/// Plays the Bot Framework's token service on 127.0.0.1 over HTTPS: an OpenID configuration document and a key set
/// with the RSA keys given, each with the channels it endorses (the Bot Framework checks a token's signing key
/// endorses the activity's channel). It counts what it served, so a test can prove the host read the metadata
/// here and not anywhere else.
/// </summary>
public sealed class LocalOpenIdProvider : IAsyncDisposable
{
    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string KeysPath = "/v1/.well-known/keys";

    private readonly WebApplication _app;
    private readonly LoopbackCertificate _certificate;
    private readonly ConcurrentQueue<string> _requests = new();

    private LocalOpenIdProvider(WebApplication app, LoopbackCertificate certificate)
    {
        _app = app;
        _certificate = certificate;
    }

    /// <summary>Gets the base address, e.g. <c>https://127.0.0.1:40123/</c>.</summary>
    public Uri BaseUri { get; private set; } = null!;

    public string MetadataUrl => new Uri(BaseUri, MetadataPath).ToString();

    /// <summary>Gets the issuer the metadata announces and the tokens of this provider carry.</summary>
    public string Issuer => BaseUri.ToString().TrimEnd('/');

    /// <summary>Gets the path of every request served so far, in order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    public string CertificateThumbprint => _certificate.Thumbprint;

    public static async Task<LocalOpenIdProvider> StartAsync(params PublishedKey[] keys)
    {
        var certificate = LoopbackCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(new HttpsConnectionAdapterOptions { ServerCertificate = certificate.Certificate })));
        var app = builder.Build();
        var provider = new LocalOpenIdProvider(app, certificate);
        app.Use(async (context, next) =>
        {
            provider._requests.Enqueue(context.Request.Path.Value ?? string.Empty);
            await next(context);
        });
        app.MapGet(MetadataPath, () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = provider.Issuer,
            ["authorization_endpoint"] = new Uri(provider.BaseUri, "/v1/authorize").ToString(),
            ["jwks_uri"] = new Uri(provider.BaseUri, KeysPath).ToString(),
            ["id_token_signing_alg_values_supported"] = new[] { SecurityAlgorithms.RsaSha256 },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet(KeysPath, () => Results.Json(new { keys = keys.Select(Describe).ToArray() }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        provider.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return provider;
    }

    /// <summary>A client that trusts this provider's certificate and no other.</summary>
    public HttpClient CreateTrustingClient() => new(_certificate.CreatePinnedHandler()) { Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _certificate.Dispose();
    }

    /// <summary>The public half of a key as a JSON Web Key, with the Bot Framework's <c>endorsements</c> member.</summary>
    private static Dictionary<string, object> Describe(PublishedKey key)
    {
        var parameters = key.Key.Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.Key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = key.Endorsements,
        };
    }
}
