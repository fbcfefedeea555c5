using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Bench.Evidence;

/// <summary>
/// Serves the interviews' attachments on a loopback port. Each URL carries a seed, so every complaint gets files
/// of its own (the evidence store shares identical files) while a retried download gets the same bytes.
/// The interviews use this server's address as their <c>serviceUrl</c>, the one host the bot fetches
/// evidence from without an allow-list entry.
/// </summary>
internal sealed class EvidenceFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EvidenceFileServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<EvidenceFileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapGet("/files/{seed:long}/{name}", (long seed, string name) =>
            SampleFile.For(name, seed) is { } file ? Results.Bytes(file.Bytes, file.ContentType) : Results.NotFound());
        await app.StartAsync();
        var address = app.Urls.First();
        return new EvidenceFileServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public Uri UrlOf(string name, long seed) => new(BaseAddress, $"files/{seed}/{name}");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
