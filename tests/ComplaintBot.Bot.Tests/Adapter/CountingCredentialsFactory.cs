using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;

namespace ComplaintBot.Bot.Tests.Adapter;

/// <summary>
/// The host's credentials factory with a count: the SDK asks it for credentials each time it builds a connector
/// client or a user token client, so the count tells how many were built.
/// </summary>
public sealed class CountingCredentialsFactory(ServiceClientCredentialsFactory inner) : ServiceClientCredentialsFactory
{
    private int _created;

    public int Created => Volatile.Read(ref _created);

    public override Task<bool> IsValidAppIdAsync(string appId, CancellationToken cancellationToken) => inner.IsValidAppIdAsync(appId, cancellationToken);

    public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) => inner.IsAuthenticationDisabledAsync(cancellationToken);

    public override Task<ServiceClientCredentials> CreateCredentialsAsync(string appId, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _created);
        return inner.CreateCredentialsAsync(appId, audience, loginEndpoint, validateAuthority, cancellationToken);
    }
}
