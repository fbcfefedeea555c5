using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// A Bot Connector client that is built the first time something talks to the channel through it.
/// </summary>
/// <remarks>
/// The adapter creates a connector client for every inbound activity, although a turn whose replies travel in the
/// HTTP response (<c>expectReplies</c>) never uses it; building one costs more CPU than
/// the rest of an echo turn (the client sets its user agent and default headers through reflection and regular
/// expressions). The adapter calls <see cref="EnsureCreatedAsync"/> before it sends; any other caller that reaches
/// a member first gets the client built synchronously, which does not block: the SDK's factories only construct
/// credentials in memory (tokens are fetched later, per request).
/// </remarks>
internal sealed class OnDemandConnectorClient : IConnectorClient
{
    private readonly OnDemand<IConnectorClient> _client;

    /// <summary>Initializes a new instance of the <see cref="OnDemandConnectorClient"/> class.</summary>
    /// <param name="create">Builds the real client; called at most once.</param>
    public OnDemandConnectorClient(Func<Task<IConnectorClient>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        _client = new OnDemand<IConnectorClient>(create);
    }

    /// <summary>Gets a value indicating whether the real client has been asked for.</summary>
    public bool IsCreated => _client.IsCreated;

    /// <inheritdoc />
    public Uri BaseUri
    {
        get => Client.BaseUri;
        set => Client.BaseUri = value;
    }

    /// <inheritdoc />
    public JsonSerializerSettings SerializationSettings => Client.SerializationSettings;

    /// <inheritdoc />
    public JsonSerializerSettings DeserializationSettings => Client.DeserializationSettings;

    /// <inheritdoc />
    public ServiceClientCredentials Credentials => Client.Credentials;

    /// <inheritdoc />
    public IAttachments Attachments => Client.Attachments;

    /// <inheritdoc />
    public IConversations Conversations => Client.Conversations;

    private IConnectorClient Client => _client.GetAsync().GetAwaiter().GetResult();

    /// <summary>Builds the real client if it was not built yet.</summary>
    /// <returns>A task that completes when the client exists.</returns>
    public Task EnsureCreatedAsync() => _client.GetAsync();

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();
}
