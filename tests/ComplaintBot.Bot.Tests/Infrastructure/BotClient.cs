using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>
/// Talks to <c>POST /api/messages</c> the way the Emulator or a channel would, with
/// <c>deliveryMode: expectReplies</c> so the replies come back in the HTTP response.
/// </summary>
public sealed class BotClient(HttpClient http) : IDisposable
{
    private static readonly JsonSerializerSettings Json = new() { NullValueHandling = NullValueHandling.Ignore };
    private int _nextId;

    public string ConversationId { get; set; } = "conv-" + Guid.NewGuid().ToString("N");

    public string UserId { get; set; } = "user-1";

    public string Locale { get; set; } = "zh-CN";

    public string ChannelId { get; set; } = "emulator";

    /// <summary>The channel's service URL; attachments on its host are the channel's own and may be downloaded.</summary>
    public string ServiceUrl { get; set; } = "http://127.0.0.1:9/";

    public Activity NewActivity(string type)
    {
        var id = Interlocked.Increment(ref _nextId);
        return new Activity
        {
            Type = type,
            Id = "act-" + id,
            ChannelId = ChannelId,
            ServiceUrl = ServiceUrl,
            DeliveryMode = DeliveryModes.ExpectReplies,
            Locale = Locale,
            Conversation = new ConversationAccount { Id = ConversationId },
            From = new ChannelAccount { Id = UserId, Name = "User", Role = "user" },
            Recipient = new ChannelAccount { Id = "bot", Name = "ComplaintBot", Role = "bot" },
        };
    }

    public Task<IReadOnlyList<Activity>> StartConversationAsync() =>
        SendAsync(WithMembers(NewActivity(ActivityTypes.ConversationUpdate)));

    public Task<IReadOnlyList<Activity>> SayAsync(string? text) =>
        SendAsync(WithText(NewActivity(ActivityTypes.Message), text));

    public Task<IReadOnlyList<Activity>> SubmitAsync(object value)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Value = JObject.FromObject(value);
        return SendAsync(activity);
    }

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        using var response = await PostRawAsync(JsonConvert.SerializeObject(activity, Json));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body, Json);
        return replies?.Activities?.ToList() ?? [];
    }

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json") =>
        http.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, contentType));

    public void Dispose() => http.Dispose();

    private static Activity WithText(Activity activity, string? text)
    {
        activity.Text = text;
        return activity;
    }

    private Activity WithMembers(Activity activity)
    {
        activity.MembersAdded = [new ChannelAccount { Id = UserId, Name = "User" }, new ChannelAccount { Id = "bot", Name = "ComplaintBot" }];
        return activity;
    }
}
