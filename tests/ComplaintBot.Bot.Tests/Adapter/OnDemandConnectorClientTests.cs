using ComplaintBot.Bot.Adapter;
using Microsoft.Bot.Connector;

namespace ComplaintBot.Bot.Tests.Adapter;

public sealed class OnDemandConnectorClientTests
{
    private int _built;

    [Fact]
    public void NothingIsBuilt_UntilAMemberIsUsed()
    {
        using var client = new OnDemandConnectorClient(BuildAsync);

        Assert.Equal(0, _built);
        Assert.False(client.IsCreated);
    }

    [Fact]
    public void FirstUse_BuildsTheClientOnce_AndEveryMemberIsItsOwn()
    {
        var client = new OnDemandConnectorClient(BuildAsync);

        var baseUri = client.BaseUri;
        client.BaseUri = new Uri("http://127.0.0.1:10/");
        _ = client.SerializationSettings;
        _ = client.Conversations;

        Assert.Equal(1, _built);
        Assert.Equal(new Uri("http://127.0.0.1:9/"), baseUri);
        Assert.Equal(new Uri("http://127.0.0.1:10/"), Last!.BaseUri);
        Assert.Same(Last.SerializationSettings, client.SerializationSettings);
    }

    [Fact]
    public async Task EnsureCreatedAsync_BuildsOnce_AndDisposeDisposesWhatWasBuilt()
    {
        var client = new OnDemandConnectorClient(BuildAsync);

        await client.EnsureCreatedAsync();
        await client.EnsureCreatedAsync();
        client.Dispose();

        Assert.Equal(1, _built);
        Assert.True(Last!.Disposed);
        Assert.Throws<ObjectDisposedException>(() => client.Conversations);
    }

    [Fact]
    public void Dispose_WithoutUse_BuildsNothing()
    {
        var client = new OnDemandConnectorClient(BuildAsync);

        client.Dispose();

        Assert.Equal(0, _built);
    }

    [Fact]
    public async Task ConcurrentFirstUses_ShareOneClient()
    {
        var client = new OnDemandConnectorClient(BuildAsync);

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(client.EnsureCreatedAsync)));

        Assert.Equal(1, _built);
    }

    private FakeConnectorClient? Last { get; set; }

    private Task<IConnectorClient> BuildAsync()
    {
        Interlocked.Increment(ref _built);
        Last = new FakeConnectorClient();
        return Task.FromResult<IConnectorClient>(Last);
    }
}
