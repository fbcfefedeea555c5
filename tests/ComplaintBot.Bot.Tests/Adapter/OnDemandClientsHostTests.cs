using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Bot.Tests.Reliability;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintBot.Bot.Tests.Adapter;

/// <summary>
/// The host builds a turn's connector client only when the turn talks to the channel, and its user token client
/// never (ComplaintBot signs no one in): what the credentials factory is asked for shows what was built.
/// </summary>
public sealed class OnDemandClientsHostTests
{
    [Fact]
    public async Task RepliesInTheResponse_BuildNoClientAtAll()
    {
        using var factory = new BotHostFactory();
        var (host, credentials) = WithCountingCredentials(factory);
        using var client = new BotClient(host.CreateClient());

        await client.StartConversationAsync();
        var replies = await client.SayAsync("你好");

        Assert.NotEmpty(replies);
        Assert.Equal(0, credentials().Created);
    }

    [Fact]
    public async Task RepliesPostedToTheChannel_BuildOneConnectorClientPerTurn_AndArriveAsBefore()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var factory = new BotHostFactory();
        var (host, credentials) = WithCountingCredentials(factory);
        var conversation = new ChannelConversation(new BotClient(host.CreateClient()), connector);

        var first = await conversation.SayAsync("你好");
        var second = await conversation.SayAsync("不知道");

        Assert.NotEmpty(first);
        Assert.NotEmpty(second);
        Assert.Equal(2, credentials().Created);
    }

    private static (Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Host, Func<CountingCredentialsFactory> Credentials) WithCountingCredentials(BotHostFactory factory)
    {
        var host = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var original = services.Single(d => d.ServiceType == typeof(ServiceClientCredentialsFactory));
            services.RemoveAll<ServiceClientCredentialsFactory>();
            services.AddSingleton(sp => new CountingCredentialsFactory((ServiceClientCredentialsFactory)original.ImplementationFactory!(sp)));
            services.AddSingleton<ServiceClientCredentialsFactory>(sp => sp.GetRequiredService<CountingCredentialsFactory>());
        }));
        return (host, () => host.Services.GetRequiredService<CountingCredentialsFactory>());
    }
}
