using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace ComplaintBot.Bot.Adapter;

/// <summary>Hands out <see cref="OnDemandConnectorClient"/>s: the real factory runs only when a client is used.</summary>
internal sealed class OnDemandConnectorFactory : ConnectorFactory
{
    private readonly ConnectorFactory _inner;

    /// <summary>Initializes a new instance of the <see cref="OnDemandConnectorFactory"/> class.</summary>
    /// <param name="inner">The SDK's factory for the authenticated request.</param>
    public OnDemandConnectorFactory(ConnectorFactory inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken = default) =>
        Task.FromResult<IConnectorClient>(new OnDemandConnectorClient(() => _inner.CreateAsync(serviceUrl, audience, cancellationToken)));
}
