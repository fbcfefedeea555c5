using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace ComplaintBot.Web.Tests.Infrastructure;

/// <summary>
/// Debian's chromium (headless, no background networking), the bot host, and a second loopback server that plays
/// a shop's own site on another origin embedding the widget with one script tag.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public BotServer Server { get; private set; } = null!;

    public ShopSite Shop { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium). .ci/run does this on a fresh machine.");
        }

        Shop = await ShopSite.StartAsync();
        Server = await BotServer.StartAsync(new Dictionary<string, string?> { ["DirectLine:AllowedOrigins:0"] = Shop.Origin });
        Shop.BotBase = Server.BaseUrl;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<IPage> NewPageAsync(List<string> consoleErrors)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => consoleErrors.Add("pageerror: " + error);
        if (Environment.GetEnvironmentVariable("WEB_TESTS_TRACE") == "1")
        {
            page.Request += (_, request) => consoleErrors.Add($"request {request.Method} {request.Url[..Math.Min(120, request.Url.Length)]}");
            page.Console += (_, message) => consoleErrors.Add($"console.{message.Type}: {message.Text}");
        }
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
        await Shop.DisposeAsync();
    }
}

/// <summary>A plain page on another origin (a second loopback port) that embeds the widget with one tag.</summary>
public sealed class ShopSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ShopSite(WebApplication app, string origin)
    {
        _app = app;
        Origin = origin;
    }

    public string Origin { get; }

    public string BotBase { get; set; } = string.Empty;

    public static async Task<ShopSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        ShopSite? site = null;
        app.MapGet("/", (HttpContext context) =>
        {
            var html = $$"""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Kettle World · Help</title></head>
                <body>
                  <h1>Kettle World customer help</h1>
                  <p>Questions about an order? Use the assistant in the corner.</p>
                  <script src="{{site!.BotBase}}/embed.js" data-title="Kettle World help" data-locale="en-US"
                          data-position="left" data-color="#0b7285" data-websocket="false" defer></script>
                </body>
                </html>
                """;
            return Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8);
        });
        await app.StartAsync();
        site = new ShopSite(app, app.Urls.First().TrimEnd('/'));
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
