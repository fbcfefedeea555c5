using ComplaintBot.Bot.Adapter;
using ComplaintBot.Bot.Bots;
using ComplaintBot.Bot.Configuration;
using ComplaintBot.Bot.DirectLine;
using ComplaintBot.Bot.Health;
using ComplaintBot.Bot.Telemetry;
using ComplaintBot.Bot.Security;
using ComplaintBot.Bot.State;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Dialogs;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain;
using ComplaintBot.Evidence;
using ComplaintBot.Evidence.Sources;
using ComplaintBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace ComplaintBot.Bot.Hosting;

/// <summary>Composition of the host: what <c>Program.cs</c> calls, in the order it reads.</summary>
public static class ComplaintBotHostExtensions
{
    private const string ReadyTag = "ready";

    /// <summary>Registers the adapter, the bot, the dialogs, storage and health checks.</summary>
    /// <param name="builder">The web application builder.</param>
    /// <returns>The same builder.</returns>
    public static WebApplicationBuilder AddComplaintBotHost(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Configuration.ReadFromBaseDirectory();

        // Bot Builder's state accessors serialize with Newtonsoft's defaults; see the resolver for why it matters.
        PlainAttachmentContentResolver.Install();

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);

        // Every logger redacts personal data before any provider sees it.
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(sp => new RedactingLoggerFactory(ActivatorUtilities.CreateInstance<LoggerFactory>(sp))));
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;

        // Bot Connector calls use the same timeout and circuit-breaker setup as evidence downloads; that setup never
        // retries a POST, so a reply is posted again only by ReplyDelivery, which knows when that is safe.
        services.AddOptions<ReplyDeliveryOptions>().Bind(configuration.GetSection(ReplyDeliveryOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReplyDelivery>();
        services.AddHttpClient(Options.DefaultName)
            .ConfigurePrimaryHttpMessageHandler(sp => ConnectorConnections.CreateHandler(
                sp.GetRequiredService<IOptions<ReplyDeliveryOptions>>().Value.ConnectTimeout, sp.GetRequiredService<TimeProvider>()))

            // The factory's request logging writes full URLs, and connector URLs carry conversation ids.
            .RemoveAllLoggers()
            .AddComplaintResilience();
        services.AddComplaintStorage(configuration, contentRoot);

        // Bot state over conditional writes; registered after the storage's own, so these are the ones resolved.
        services.AddSingleton(sp => new ConcurrencyCheckedStorage(sp.GetRequiredService<IStorage>()));
        // Typed state (one write of the stored text per turn, and a read unless this instance wrote it last) behind the
        // SDK's types the dialogs ask for.
        services.AddSingleton(sp => new TypedConversationState(
            sp.GetRequiredService<ConcurrencyCheckedStorage>(),
            sp.GetRequiredService<ILogger<TypedStateStore>>(),
            sp.GetRequiredService<IOptions<TurnOptions>>().Value.ConversationStateReuse(StorageProviders.Normalize(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Provider))));
        services.AddSingleton<ConversationState>(sp => sp.GetRequiredService<TypedConversationState>());
        services.AddSingleton(sp => new TypedUserState(sp.GetRequiredService<ConcurrencyCheckedStorage>(), sp.GetRequiredService<ILogger<TypedStateStore>>()));
        services.AddSingleton<UserState>(sp => sp.GetRequiredService<TypedUserState>());
        services.AddOptions<TurnOptions>().Bind(configuration.GetSection(TurnOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddComplaintEvidence(configuration, contentRoot);
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(ComplaintRulesOptions.SectionName).Get<ComplaintRulesOptions>() ?? ComplaintRulesOptions.Default);
        services.AddComplaintDialogs();

        services.AddSingleton<ServiceClientCredentialsFactory>(sp => new ConfigurationServiceClientCredentialFactory(configuration));
        // The factory serves the SDK's outbound calls; it validates inbound tokens with an HttpClient of its own.
        services.AddSingleton<BotFrameworkAuthentication>(sp => new OnDemandClientsAuthentication(new ChannelTokenAuthentication(new ConfigurationBotFrameworkAuthentication(
            configuration,
            sp.GetRequiredService<ServiceClientCredentialsFactory>(),
            httpClientFactory: sp.GetRequiredService<IHttpClientFactory>(),
            logger: sp.GetRequiredService<ILogger<ConfigurationBotFrameworkAuthentication>>()))));
        services.AddSingleton<IBotTokenProvider>(sp => new ConnectorCredentialsTokenProvider(
            sp.GetRequiredService<ServiceClientCredentialsFactory>(), configuration["MicrosoftAppId"], configuration["MicrosoftAppTenantId"]));
        services.AddOptions<MessagesOptions>().Bind(configuration.GetSection(MessagesOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>(TrustListedProxies);
        services.AddSingleton<InboundRequestGuard>();
        services.AddSingleton<ConversationTurnGate>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<ComplaintBotAdapter>();
        services.AddSingleton<BotText>(BotText.Default);
        services.AddSingleton<WelcomeMessage>();
        services.AddSingleton<PersonalChatLink>();
        services.AddSingleton<PrivateChatNote>();
        services.AddTransient<ComplaintBotHandler>();
        // A factory made once: ActivatorUtilities.CreateInstance looks for the constructor by reflection on every call,
        // and the bot is built per request.
        var runner = ActivatorUtilities.CreateFactory<ExactlyOnceTurnRunner>([typeof(IBot)]);
        services.AddTransient<IBot>(sp => runner(sp, [sp.GetRequiredService<ComplaintBotHandler>()]));
        services.AddHostedService<StateJsonWarmUp>();
        services.AddHostedService<RecognizerWarmUp>();
        services.AddDirectLine(configuration);

        services.AddHealthChecks().AddCheck<StorageHealthCheck>("storage", tags: [ReadyTag]);

        // Last: it wraps the bot and the evidence intake registered above.
        builder.AddComplaintBotTelemetry();
        return builder;
    }

    /// <summary>Maps <c>/api/messages</c>, <c>/healthz</c> and <c>/readyz</c>.</summary>
    /// <param name="app">The built application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapComplaintBotEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // First: everything after it (rate limits, origin checks, logs) must see the client, not the proxy.
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.MapPost("/api/messages", async (HttpContext context, InboundRequestGuard guard, ComplaintBotAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
        {
            if (await guard.AdmitAsync(context, cancellationToken).ConfigureAwait(false) is { } activity)
            {
                await adapter.ProcessAsync(context, activity, bot, cancellationToken).ConfigureAwait(false);
            }
        });
        app.MapDirectLine();

        // Liveness runs no checks: a slow database must not get a healthy process restarted.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return app;
    }

    private static void TrustListedProxies(ForwardedHeadersOptions forwarded, IOptions<ProxyOptions> proxy)
    {
        // Host is not forwarded on purpose: the configured AllowedHosts and service URL stay authoritative.
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        forwarded.ForwardLimit = proxy.Value.ForwardLimit;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var address in proxy.Value.ProxyAddresses())
        {
            forwarded.KnownProxies.Add(address);
        }

        foreach (var network in proxy.Value.ProxyNetworks())
        {
            forwarded.KnownIPNetworks.Add(network);
        }
    }
}
