using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace ComplaintBot.Bot.Tests.Adapter;

/// <summary>A connector client that only remembers whether it was disposed.</summary>
public sealed class FakeConnectorClient : IConnectorClient
{
    public Uri BaseUri { get; set; } = new("http://127.0.0.1:9/");

    public JsonSerializerSettings SerializationSettings { get; } = new();

    public JsonSerializerSettings DeserializationSettings { get; } = new();

    public ServiceClientCredentials Credentials => null!;

    public IAttachments Attachments => null!;

    public IConversations Conversations => null!;

    public bool Disposed { get; private set; }

    public void Dispose() => Disposed = true;
}
