using System.Net;
using ComplaintBot.Bench.Evidence;
using ComplaintBot.Bench.Infrastructure;
using ComplaintBot.Bench.Servers;

namespace ComplaintBot.Bench.Phases;

/// <summary>
/// What every phase shares: the built programs, a scratch folder for the servers' data (deleted at the end),
/// one HTTP client for all load, and the evidence file server.
/// </summary>
internal sealed class BenchEnvironment : IAsyncDisposable
{
    private int _servers;

    private BenchEnvironment(RepositoryLayout layout, string scratch, HttpClient http, EvidenceFileServer files)
    {
        Layout = layout;
        Scratch = scratch;
        Http = http;
        Files = files;
    }

    public RepositoryLayout Layout { get; }

    public string Scratch { get; }

    public HttpClient Http { get; }

    public EvidenceFileServer Files { get; }

    public TimeProvider Clock { get; } = TimeProvider.System;

    public static async Task<BenchEnvironment> CreateAsync()
    {
        var layout = RepositoryLayout.Locate();
        var scratch = Path.Combine(Path.GetTempPath(), "complaintbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(scratch);
        var handler = new SocketsHttpHandler
        {
            // Enough connections for the highest concurrency: a turn never waits for a free connection.
            MaxConnectionsPerServer = 1024,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        return new BenchEnvironment(layout, scratch, http, await EvidenceFileServer.StartAsync());
    }

    /// <summary>Starts the product host with its own fresh SQLite file and evidence folder.</summary>
    public BotServer StartComplaintBot(string name)
    {
        var data = DataDirectory(name);
        return BotServer.Start(name, Layout.ComplaintBotDll, data, new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__DataDirectory"] = data,
            ["Evidence__DataDirectory"] = data,
        });
    }

    public BotServer StartEchoBot(string name) =>
        BotServer.Start(name, Layout.EchoBotDll, DataDirectory(name), new Dictionary<string, string>());

    /// <summary>The SQLite file of a server started by <see cref="StartComplaintBot"/> (the host's default file name).</summary>
    public static string DatabaseOf(BotServer server) => Path.Combine(server.DataDirectory, "complaintbot.db");

    public string DataDirectory(string name) => Path.Combine(Scratch, $"{Interlocked.Increment(ref _servers):D2}-{name}");

    public async ValueTask DisposeAsync()
    {
        await Files.DisposeAsync();
        Http.Dispose();
        if (Environment.GetEnvironmentVariable("COMPLAINTBOT_BENCH_KEEP") == "1")
        {
            await Console.Error.WriteLineAsync("Server logs and data kept in " + Scratch);
            return;
        }

        try
        {
            Directory.Delete(Scratch, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing its files; the folder is under the temp directory anyway.
        }
    }
}
