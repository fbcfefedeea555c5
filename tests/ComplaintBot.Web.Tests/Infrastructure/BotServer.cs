using ComplaintBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplaintBot.Web.Tests.Infrastructure;

/// <summary>
/// The real host on Kestrel, bound to a free loopback port (browsers need a real socket; TestServer has none).
/// Composed exactly as Program.cs does it, with the repository's appsettings.json and test overrides on top.
/// </summary>
public sealed class BotServer : IAsyncDisposable
{
    public const string SigningKey = "dGVzdC1zaWduaW5nLWtleS10aGF0LWlzLWF0LWxlYXN0LTMyLWJ5dGVzIQ==";
    public const string Secret = "test-direct-line-secret";

    private readonly WebApplication _app;

    private readonly bool _ownsDirectory;

    private BotServer(WebApplication app, string baseUrl, string dataDirectory, bool ownsDirectory)
    {
        _ownsDirectory = ownsDirectory;
        _app = app;
        BaseUrl = baseUrl;
        DataDirectory = dataDirectory;
    }

    /// <summary>Gets the server's address without a trailing slash, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string BaseUrl { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<BotServer> StartAsync(IDictionary<string, string?>? overrides = null, string? dataDirectory = null)
    {
        var ownsDirectory = dataDirectory is null;
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "complaintbot-web-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage:Provider"] = "Sqlite",
            ["Storage:DataDirectory"] = dataDirectory,
            ["Evidence:DataDirectory"] = dataDirectory,
            ["DirectLine:TokenSigningKey"] = SigningKey,
            ["DirectLine:Secret"] = Secret,
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Polly"] = "Error",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ContentRootPath = RepositoryPaths.BotProject,
            EnvironmentName = "Testing",
            ApplicationName = "ComplaintBot.Bot",
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls(settings["Urls"]!);
        builder.AddComplaintBotHost();
        builder.Configuration.AddInMemoryCollection(settings);
        var app = builder.Build();
        app.MapComplaintBotEndpoints();
        await app.StartAsync();
        var address = app.Urls.First(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)).TrimEnd('/');
        return new BotServer(app, address, dataDirectory, ownsDirectory);
    }

    public HttpClient CreateClient() => new() { BaseAddress = new Uri(BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(60) };

    public T Get<T>()
        where T : notnull => _app.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (!_ownsDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Where things are in the repository, found from the test's output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string BotProject => Path.Combine(Root, "bot", "ComplaintBot.Bot");

    /// <summary>Gets the folder for screenshots and the report: under the test output directory.</summary>
    public static string Artifacts { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ComplaintBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ComplaintBot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Appends measured numbers and artifact paths to <c>artifacts/web-report.txt</c> (CI prints it) and to the test output.</summary>
public static class Report
{
    private static readonly Lock Sync = new();

    static Report() => File.Delete(FilePath);

    public static string FilePath { get; } = Path.Combine(RepositoryPaths.Artifacts, "web-report.txt");

    public static void Line(Xunit.Abstractions.ITestOutputHelper? output, string line)
    {
        output?.WriteLine(line);
        lock (Sync)
        {
            File.AppendAllText(FilePath, $"{DateTime.UtcNow:HH:mm:ss} {line}{Environment.NewLine}");
        }
    }
}
