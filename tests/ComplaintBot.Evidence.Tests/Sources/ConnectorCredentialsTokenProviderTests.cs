using ComplaintBot.Evidence.Sources;
using Microsoft.Bot.Connector.Authentication;

namespace ComplaintBot.Evidence.Tests.Sources;

public sealed class ConnectorCredentialsTokenProviderTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task GetTokenAsync_NoAppId_ReturnsNoTokenWithoutAskingForCredentials(string? appId)
    {
        var factory = new CountingFactory();
        var provider = new ConnectorCredentialsTokenProvider(factory, appId);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(0, factory.Calls);
    }

    [Fact]
    public async Task GetTokenAsync_CredentialsThatAreNotAppCredentials_ReturnsNoTokenAndAsksOnce()
    {
        var factory = new CountingFactory();
        var provider = new ConnectorCredentialsTokenProvider(factory, "app-id");

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal(1, factory.Calls);
    }

    [Fact]
    public async Task GetTokenAsync_Default_ReturnsNoToken() =>
        Assert.Null(await new NoBotTokenProvider().GetTokenAsync(CancellationToken.None));

    private sealed class CountingFactory : ServiceClientCredentialsFactory
    {
        public int Calls { get; private set; }

        public override Task<bool> IsValidAppIdAsync(string appId, CancellationToken cancellationToken) => Task.FromResult(true);

        public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) => Task.FromResult(false);

        public override Task<Microsoft.Rest.ServiceClientCredentials> CreateCredentialsAsync(string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult<Microsoft.Rest.ServiceClientCredentials>(new Microsoft.Rest.TokenCredentials("not-app-credentials"));
        }
    }
}
