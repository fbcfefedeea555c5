using System.Globalization;
using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>
/// The bot in process (SQLite state in a fresh folder, Emulator mode) with short delivery settings, its logs
/// captured, and a <see cref="FakeConnector"/> to post replies to.
/// </summary>
public sealed class DeliveryTestBed : IAsyncDisposable
{
    public const int MaxAttempts = 4;
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan TotalTimeout = TimeSpan.FromSeconds(8);

    private readonly BotHostFactory _factory;

    private DeliveryTestBed(FakeConnector connector)
    {
        Connector = connector;
        _factory = new BotHostFactory(null, new Dictionary<string, string?>
        {
            ["Delivery:MaxAttempts"] = MaxAttempts.ToString(CultureInfo.InvariantCulture),
            ["Delivery:RetryDelay"] = "00:00:00.05",
            ["Delivery:MaxRetryDelay"] = "00:00:00.2",
            ["Delivery:AttemptTimeout"] = AttemptTimeout.ToString(),
            ["Delivery:ConnectTimeout"] = "00:00:00.5",
            ["Delivery:TotalTimeout"] = TotalTimeout.ToString(),
        });
        Host = _factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(Logs)));
    }

    public FakeConnector Connector { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public WebApplicationFactory<Program> Host { get; }

    public static async Task<DeliveryTestBed> StartAsync() => new(await FakeConnector.StartAsync());

    public ChannelConversation NewConversation() => new(new BotClient(Host.CreateClient()), Connector);

    public int LogCount(string fragment) => Logs.Entries.Count(e => e.Message.Contains(fragment, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await _factory.DisposeAsync();
        await Connector.DisposeAsync();
        Logs.Dispose();
    }
}
