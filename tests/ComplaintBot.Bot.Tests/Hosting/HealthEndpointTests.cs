using System.Net;
using ComplaintBot.Bot.Tests.Infrastructure;

namespace ComplaintBot.Bot.Tests.Hosting;

public sealed class HealthEndpointTests : IClassFixture<BotHostFactory>
{
    private readonly BotHostFactory _factory;

    public HealthEndpointTests(BotHostFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task Get_HealthyHost_Answers200Healthy(string path)
    {
        using var client = _factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readyz_StorageFolderUnusable_Answers503()
    {
        // A file where the data folder should be: SQLite cannot create its database there.
        var blocker = Path.Combine(Path.GetTempPath(), "complaintbot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "not a folder");
        using var factory = new BotHostFactory(dataDirectory: blocker);
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
