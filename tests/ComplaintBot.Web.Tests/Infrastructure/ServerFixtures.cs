namespace ComplaintBot.Web.Tests.Infrastructure;

/// <summary>One host with default limits for a test class.</summary>
public class ServerFixture : IAsyncLifetime
{
    public BotServer Server { get; private set; } = null!;

    protected virtual IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["DirectLine:AllowedOrigins:0"] = "http://allowed.example",
    };

    public async Task InitializeAsync() => Server = await BotServer.StartAsync(Overrides);

    public async Task DisposeAsync() => await Server.DisposeAsync();

    public DirectLineClient CreateClient() => new(Server.CreateClient());
}

/// <summary>A host with tiny limits, so that each limit can be hit cheaply.</summary>
public sealed class TightLimitsFixture : ServerFixture
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["DirectLine:MaxUploadFileBytes"] = "4096",
        ["DirectLine:MaxUploadBytes"] = "16384",
        ["DirectLine:MaxFilesPerUpload"] = "2",
        ["DirectLine:MaxActivityBytes"] = "2048",
        ["DirectLine:PerConversationPostsPerMinute"] = "6",
        ["DirectLine:MaxActivitiesPerConversation"] = "12",
    };
}

/// <summary>A host behind a trusted proxy on loopback, with a tiny per-client token limit.</summary>
public sealed class BehindProxyFixture : ServerFixture
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["Proxy:KnownProxies:0"] = "127.0.0.1",
        ["DirectLine:PerClientTokensPerMinute"] = "2",
    };
}

/// <summary>The same tiny per-client token limit, but no proxy is trusted.</summary>
public sealed class NoTrustedProxyFixture : ServerFixture
{
    protected override IDictionary<string, string?> Overrides => new Dictionary<string, string?>
    {
        ["DirectLine:PerClientTokensPerMinute"] = "2",
    };
}
