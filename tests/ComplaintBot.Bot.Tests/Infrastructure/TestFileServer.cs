using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>
/// Stands in for a channel's attachment service (the Emulator's connector, Teams' service URL and OneDrive) on
/// 127.0.0.1: serves the sample JPEG and PNG, plus <c>big.jpg</c> (25 MB, over the evidence limit) and
/// <c>page.jpg</c> (HTML named like a picture). The evidence intake trusts the activity's own service URL host,
/// so downloads from here pass its address check.
/// </summary>
public sealed class TestFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestFileServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<TestFileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/files/{name}", (string name) => name switch
        {
            "big.jpg" => Results.Stream(stream => WriteBigJpegAsync(stream), "image/jpeg"),
            "page.jpg" => Results.Text("<!doctype html><html><body>not a picture</body></html>", "image/jpeg"),
            _ when name.EndsWith(".png", StringComparison.Ordinal) => Results.Bytes(SampleFiles.Png, "image/png"),
            _ => Results.Bytes(SampleFiles.Jpeg, "image/jpeg"),
        });
        var server = new TestFileServer(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUri = new Uri(address + "/");
        return server;
    }

    /// <summary>The size of <c>big.jpg</c>: 25 MB, sent without a Content-Length so only the streaming cap can stop it.</summary>
    public const int BigFileBytes = 25 * 1024 * 1024;

    private static async Task WriteBigJpegAsync(Stream stream)
    {
        await stream.WriteAsync(SampleFiles.Jpeg.AsMemory(0, 4));
        var chunk = new byte[64 * 1024];
        for (var written = 4; written < BigFileBytes; written += chunk.Length)
        {
            await stream.WriteAsync(chunk);
        }
    }

    public string Url(string name) => new Uri(BaseUri, "files/" + Uri.EscapeDataString(name)).ToString();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
