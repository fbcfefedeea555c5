using ComplaintBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>
/// A host for the bad-input suite: default limits, except the rate limits, which the suite's few hundred requests
/// from one address would otherwise hit; and a log the suite can read.
/// </summary>
public sealed class BadInputServerFixture : IAsyncLifetime
{
    public BotServer Server { get; private set; } = null!;

    public ServerLog Log { get; } = new();

    public async Task InitializeAsync()
    {
        Server = await BotServer.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:AllowedOrigins:0"] = "http://allowed.example",
            ["DirectLine:PerClientRequestsPerMinute"] = "1000000",
            ["DirectLine:PerConversationPostsPerMinute"] = "100000",
            ["DirectLine:PerClientTokensPerMinute"] = "100000",
        });
        Server.Get<ILoggerFactory>().AddProvider(Log);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
