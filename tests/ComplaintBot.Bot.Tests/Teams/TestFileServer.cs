using System.Net;
using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Bot.Tests.Teams;

/// <summary>
/// Stands in for Teams' service URL and OneDrive on 127.0.0.1: serves the sample JPEG and PNG. The evidence
/// intake always trusts the activity's own service URL host, so downloads from here pass its address check.
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
        app.MapGet("/files/{name}", (string name) => name.EndsWith(".png", StringComparison.Ordinal)
            ? Results.Bytes(SampleFiles.Png, "image/png")
            : Results.Bytes(SampleFiles.Jpeg, "image/jpeg"));
        var server = new TestFileServer(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUri = new Uri(address + "/");
        return server;
    }

    public string Url(string name) => new Uri(BaseUri, "files/" + Uri.EscapeDataString(name)).ToString();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
