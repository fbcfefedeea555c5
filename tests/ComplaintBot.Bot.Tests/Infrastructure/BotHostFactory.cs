using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>
/// Starts the real host in process. By default state goes to a SQLite file in a fresh temporary folder, so
/// every test class sees the embedded default provider and nothing leaks between classes.
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public BotHostFactory()
        : this(null, null)
    {
    }

    internal BotHostFactory(string? dataDirectory, IDictionary<string, string?>? settings = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "complaintbot-tests", Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:DataDirectory"] = DataDirectory,
            ["Evidence:DataDirectory"] = DataDirectory,
        };
    }

    public string DataDirectory { get; }

    public BotClient CreateBotClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(_settings));
    }
}
