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
