using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>A Kestrel file server on 127.0.0.1 with a free port; each test programs its own routes.</summary>
public sealed class LocalFileServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, RequestDelegate> routes = new(StringComparer.Ordinal);
    private readonly StrongBox<int> connections;

    private LocalFileServer(WebApplication app, StrongBox<int> connections)
    {
        this.app = app;
        this.connections = connections;
        app.Run(async context =>
        {
            Requests.Enqueue(new ServedRequest(context.Request.Path.Value ?? "/", context.Request.Headers.Authorization.ToString()));
            if (routes.TryGetValue(context.Request.Path.Value ?? "/", out var route))
            {
                await route(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
    }

    public ConcurrentQueue<ServedRequest> Requests { get; } = new();

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Gets how many TCP connections the server has accepted.</summary>
    public int Connections => Volatile.Read(ref connections.Value);

    public string Host => BaseUri.Host;

    public static async Task<LocalFileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var connections = new StrongBox<int>();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.Use(next => connection =>
        {
            Interlocked.Increment(ref connections.Value);
            return next(connection);
        })));
        var server = new LocalFileServer(builder.Build(), connections);
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public string Url(string path) => new Uri(BaseUri, path.TrimStart('/')).ToString();

    public int CountRequests(string path) => Requests.Count(r => r.Path == path);

    public void Map(string path, RequestDelegate handler) => routes[path] = handler;

    /// <summary>Serves bytes; without a length the body goes out chunked, so only the streaming cap can stop it.</summary>
    public string Serve(string path, byte[] body, string contentType = "application/octet-stream", bool sendLength = true)
    {
        Map(path, async context =>
        {
            context.Response.ContentType = contentType;
            if (sendLength)
            {
                context.Response.ContentLength = body.Length;
            }

            for (var offset = 0; offset < body.Length; offset += 65_536)
            {
                await context.Response.Body.WriteAsync(body.AsMemory(offset, Math.Min(65_536, body.Length - offset)), context.RequestAborted);
            }
        });
        return Url(path);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One request the server saw.</summary>
public sealed record ServedRequest(string Path, string Authorization);
