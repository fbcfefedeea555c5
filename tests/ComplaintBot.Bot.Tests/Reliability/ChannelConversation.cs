using System.Net;
using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ComplaintBot.Bot.Tests.Reliability;

/// <summary>
/// One conversation as a channel runs it in normal delivery mode: each activity is posted to <c>/api/messages</c>
/// with the fake connector as its <c>serviceUrl</c>, and the replies are what the connector took while the bot
/// handled the post (the bot answers the post only after its turn, replies included, is over).
/// </summary>
public sealed class ChannelConversation
{
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };
    private readonly FakeConnector _connector;

    public ChannelConversation(BotClient client, FakeConnector connector)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(connector);
        Client = client;
        _connector = connector;
        client.ServiceUrl = connector.ServiceUrl.ToString();
    }

    public BotClient Client { get; }

    /// <summary>What the connector took for this conversation per turn, in order; one entry per activity sent.</summary>
    public List<IReadOnlyList<Activity>> Turns { get; } = [];

    public Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        var activity = Client.NewActivity(ActivityTypes.Message);
        activity.Text = text;
        return SendAsync(activity);
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.DeliveryMode = null;
        var before = _connector.TakenFor(Client.ConversationId).Count;
        using var response = await Client.PostRawAsync(JsonConvert.SerializeObject(activity, Json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        IReadOnlyList<Activity> replies = [.. _connector.TakenFor(Client.ConversationId, before).Select(r => r.Activity)];
        Turns.Add(replies);
        return replies;
    }
}
