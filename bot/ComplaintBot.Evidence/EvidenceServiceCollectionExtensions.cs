using System.Net;
using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Evidence.Network;
using ComplaintBot.Evidence.Sources;
using ComplaintBot.Evidence.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Evidence;

/// <summary>Registers the evidence pipeline with the host.</summary>
public static class EvidenceServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates <see cref="EvidenceOptions"/> (section <c>Evidence</c>, checked at start) and registers as
    /// singletons: <see cref="IEvidenceIntake"/>, the configured <see cref="IEvidenceStore"/>, the system
    /// <see cref="IHostAddressResolver"/>, a <see cref="IBotTokenProvider"/> that returns no token (replace it with
    /// <see cref="ConnectorCredentialsTokenProvider"/> when the bot has credentials), a <see cref="TimeProvider"/>
    /// if none is registered, and the <see cref="EvidenceHttpClients.Evidence"/> and <see cref="EvidenceHttpClients.EvidenceExempt"/>
    /// clients with their address guard and resilience. Services registered before this call win over these defaults.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The configuration root holding the <c>Evidence</c> section.</param>
    /// <param name="basePath">What a relative <see cref="EvidenceOptions.DataDirectory"/> is relative to: the host's content root.</param>
    /// <returns>The same services, for chaining.</returns>
    public static IServiceCollection AddComplaintEvidence(this IServiceCollection services, IConfiguration configuration, string basePath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(basePath);

        services.AddOptions<EvidenceOptions>()
            .Bind(configuration.GetSection(EvidenceOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.TryAddSingleton<IBotTokenProvider, NoBotTokenProvider>();
        services.TryAddSingleton<IEvidenceStore>(sp => CreateStore(sp, basePath));
        services.TryAddSingleton<IEvidenceIntake, EvidenceIntake>();

        AddDownloadClient(services, EvidenceHttpClients.Evidence);
        AddDownloadClient(services, EvidenceHttpClients.EvidenceExempt);
        return services;
    }

    // Both clients are configured identically: only their connection pools must differ (see EvidenceHttpClients.EvidenceExempt).
    private static void AddDownloadClient(IServiceCollection services, string name) =>
        services.AddHttpClient(name)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Redirects are followed by hand so each target is checked; a proxy would connect on our behalf unchecked.
                AllowAutoRedirect = false,
                UseProxy = false,
                UseCookies = false,
                AutomaticDecompression = DecompressionMethods.None,
                ConnectTimeout = TimeSpan.FromSeconds(10),
                PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                ConnectCallback = new GuardedConnector(new HostGuard(sp.GetRequiredService<IHostAddressResolver>())).ConnectAsync,
            })
            .ConfigureHttpClient(client =>
            {
                // The intake times the whole download itself; the client's own 100 s default must not cut in first.
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("ComplaintBot-Evidence/1.0");
            })

            // The factory's default request logging writes full URLs, and Teams download links carry their credentials.
            .RemoveAllLoggers()
            .AddComplaintResilience();

    private static IEvidenceStore CreateStore(IServiceProvider services, string basePath)
    {
        var options = services.GetRequiredService<IOptions<EvidenceOptions>>().Value;
        return EvidenceProviders.Normalize(options.Provider) switch
        {
            EvidenceProviders.Sqlite => new SqliteEvidenceStore(options.ResolveDatabasePath(basePath)),
            EvidenceProviders.Local => new LocalFolderEvidenceStore(options.ResolveStoreDirectory(basePath)),
            EvidenceProviders.Blob => new BlobEvidenceStore(options.Blob, services.GetRequiredService<TimeProvider>()),

            // Unreachable after validation; kept so a provider added to the list but not here fails loudly.
            _ => throw new OptionsValidationException(EvidenceOptions.SectionName, typeof(EvidenceOptions), [$"Evidence:Provider '{options.Provider}' has no implementation."]),
        };
    }
}
