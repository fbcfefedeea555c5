using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// Wires the built-in Direct Line channel and the Web Chat pages into the host: <see cref="AddDirectLine"/> for
/// services, <see cref="MapDirectLine"/> for middleware and routes.
/// </summary>
public static partial class DirectLineSetup
{
    /// <summary>
    /// The headers Web Chat (DirectLineJS) sends cross-origin; the CORS preflight allows exactly these. Its RxJS ajax
    /// adds <c>X-Requested-With</c> to every call, so without it every cross-origin call fails the preflight.
    /// </summary>
    public static IReadOnlyList<string> AllowedHeaders { get; } = ["Authorization", "Content-Type", "x-ms-bot-agent", "X-Requested-With", "Accept"];

    /// <summary>Registers the channel: options (section <c>DirectLine</c>), tokens, the activity log, the adapter, CORS and rate limits.</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The configuration holding the <c>DirectLine</c> section.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuth>();
        services.AddSingleton<DirectLineConversationStore>();
        services.AddSingleton<DirectLineNotifier>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<DirectLineChannel>();

        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DirectLineOptions>>((cors, directLine) =>
            cors.AddPolicy(DirectLineEndpoints.CorsPolicy, policy => policy
                .SetIsOriginAllowed(origin => IsListed(origin, directLine.Value))
                .WithHeaders([.. AllowedHeaders])
                .WithMethods("GET", "POST")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<DirectLineOptions>>((limiter, directLine) =>
        {
            limiter.GlobalLimiter = CreateLimiter(directLine.Value);
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    rejected.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                await DirectLineErrors.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, DirectLineErrors.TooManyRequests, "Too many requests; try again shortly.", cancellationToken).ConfigureAwait(false);
            };
        });
        return services;
    }

    /// <summary>Adds the channel's middleware (WebSockets, CORS, rate limits, the pages) and maps its routes.</summary>
    /// <param name="app">The application.</param>
    /// <returns>The same application.</returns>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        // Resolved now so that a generated signing key is announced at start-up, not at the first request.
        _ = app.Services.GetRequiredService<DirectLineTokens>();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        app.UseCors();
        app.UseRateLimiter();
        app.Use(DirectLineStatusBodies.AddErrorBodyAsync);

        var webRoot = FindWebRoot(app.Environment);
        if (webRoot is null)
        {
            LogNoWebRoot(app.Logger, app.Environment.WebRootPath ?? "wwwroot");
        }
        else
        {
            var files = new PhysicalFileProvider(webRoot);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = files,
                ContentTypeProvider = new FileExtensionContentTypeProvider(),
                OnPrepareResponse = static file => AddPageHeaders(file.Context, file.File.Name),
            });
            if (!File.Exists(Path.Combine(webRoot, "lib", "webchat", "webchat.js")))
            {
                LogNoWebChat(app.Logger, webRoot);
            }
        }

        DirectLineEndpoints.Map(app);
        return app;
    }

    /// <summary>Whether a request's <c>Origin</c> (if any) is this host or on the allow-list.</summary>
    /// <param name="context">The request.</param>
    /// <param name="options">The options with the allow-list.</param>
    /// <returns>True when allowed.</returns>
    internal static bool OriginAllowed(HttpContext context, DirectLineOptions options)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        var self = $"{context.Request.Scheme}://{context.Request.Host}";
        return string.Equals(origin, self, StringComparison.OrdinalIgnoreCase) || IsListed(origin, options);
    }

    private static bool IsListed(string origin, DirectLineOptions options) =>
        options.AllowedOrigins.Any(allowed => allowed == "*" || string.Equals(allowed.TrimEnd('/'), origin, StringComparison.OrdinalIgnoreCase));

    private static PartitionedRateLimiter<HttpContext> CreateLimiter(DirectLineOptions options)
    {
        var perClient = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsChannel(context.Request.Path)
                ? RateLimitPartition.GetFixedWindowLimiter("client:" + ClientKey(context), _ => Window(options.PerClientRequestsPerMinute))
                : RateLimitPartition.GetNoLimiter(string.Empty));
        var perConversation = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            PostedConversation(context.Request) is { } conversationId
                ? RateLimitPartition.GetFixedWindowLimiter("conversation:" + conversationId, _ => Window(options.PerConversationPostsPerMinute))
                : RateLimitPartition.GetNoLimiter(string.Empty));
        var tokensPerClient = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.Request.Path.Equals(DirectLineEndpoints.PageTokenPath, StringComparison.OrdinalIgnoreCase) && HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("token:" + ClientKey(context), _ => Window(options.PerClientTokensPerMinute))
                : RateLimitPartition.GetNoLimiter(string.Empty));
        return PartitionedRateLimiter.CreateChained(perClient, perConversation, tokensPerClient);
    }

    private static FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = permits,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    /// <summary>Whether a path is one of the channel's (the Direct Line routes or the page-facing token endpoint).</summary>
    /// <param name="path">The request path.</param>
    /// <returns>True for the channel's paths.</returns>
    internal static bool IsChannel(PathString path) =>
        path.StartsWithSegments(DirectLineEndpoints.BasePath, StringComparison.OrdinalIgnoreCase)
        || path.Equals(DirectLineEndpoints.PageTokenPath, StringComparison.OrdinalIgnoreCase);

    private static string ClientKey(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString() : IPAddress.None.ToString();

    /// <summary>The conversation of <c>POST …/conversations/{id}/activities|upload</c>, else null.</summary>
    private static string? PostedConversation(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || !request.Path.StartsWithSegments(DirectLineEndpoints.BasePath + "/conversations", StringComparison.OrdinalIgnoreCase, out var rest))
        {
            return null;
        }

        var parts = rest.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts is [var id, "activities" or "upload"] ? id : null;
    }

    private static string? FindWebRoot(IWebHostEnvironment environment)
    {
        string?[] candidates = [environment.WebRootPath, Path.Combine(environment.ContentRootPath, "wwwroot"), Path.Combine(AppContext.BaseDirectory, "wwwroot")];
        return candidates.FirstOrDefault(path => path is not null && File.Exists(Path.Combine(path, "embed.js")));
    }

    private static void AddPageHeaders(HttpContext context, string fileName)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";

        // Scripts and styles are public: pages of other origins load embed.js and the Web Chat bundle.
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
        if (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            // Web Chat makes upload thumbnails in a worker it creates from a blob: URL.
            var host = context.Request.Host.ToString();
            headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
                $"media-src 'self' data: blob:; worker-src 'self' blob:; font-src 'self' data:; connect-src 'self' blob: data: ws://{host} wss://{host}; " +
                "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
            headers.CacheControl = "no-cache";
        }
        else if (fileName.Equals("embed.js", StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-cache";
        }
    }

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "No web root with embed.js near {WebRoot}: the help page and /embed.js are not served")]
    private static partial void LogNoWebRoot(ILogger logger, string webRoot);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "{WebRoot}/lib/webchat/webchat.js is missing: build the bot project (it runs npm in web/) to vendor Web Chat")]
    private static partial void LogNoWebChat(ILogger logger, string webRoot);
}
