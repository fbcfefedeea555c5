using System.Globalization;
using System.Text.Json.Nodes;

namespace ComplaintBot.Bench.Load;

/// <summary>
/// One user's conversation with a bot: builds the activities as a channel would (unique ids, the conversation,
/// the user, the locale, an absolute <c>serviceUrl</c>) and records every turn in the run's <see cref="TurnLog"/>.
/// </summary>
internal sealed class Conversation(BotConnection connection, TurnLog log, string locale, Uri serviceUrl)
{
    private readonly string _conversationId = "bench-" + Guid.NewGuid().ToString("N");
    private readonly string _userId = "shopper-" + Guid.NewGuid().ToString("N")[..12];
    private int _nextId;

    public string Locale => locale;

    public string Id => _conversationId;

    public string UserId => _userId;

    public int Turns { get; private set; }

    /// <summary>Gets or sets what the next turns answer, for the per-step latency table.</summary>
    public string Step { get; set; } = "message";

    public Task<JsonArray> SayAsync(string text, CancellationToken cancellationToken)
    {
        var activity = NewMessage();
        activity["text"] = text;
        return SendAsync(activity, cancellationToken);
    }

    public Task<JsonArray> SubmitAsync(JsonObject value, CancellationToken cancellationToken)
    {
        var activity = NewMessage();
        activity["value"] = value;
        return SendAsync(activity, cancellationToken);
    }

    public Task<JsonArray> AttachAsync(IEnumerable<(string Name, string ContentType, Uri Url)> files, CancellationToken cancellationToken)
    {
        var activity = NewMessage();
        var attachments = new JsonArray();
        foreach (var (name, contentType, url) in files)
        {
            attachments.Add(new JsonObject { ["name"] = name, ["contentType"] = contentType, ["contentUrl"] = url.ToString() });
        }

        activity["attachments"] = attachments;
        return SendAsync(activity, cancellationToken);
    }

    private JsonObject NewMessage() => new()
    {
        ["type"] = "message",
        ["id"] = (++_nextId).ToString(CultureInfo.InvariantCulture),
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["deliveryMode"] = "expectReplies",
        ["locale"] = locale,
        ["conversation"] = new JsonObject { ["id"] = _conversationId },
        ["from"] = new JsonObject { ["id"] = _userId, ["role"] = "user" },
        ["recipient"] = new JsonObject { ["id"] = "bot", ["role"] = "bot" },
    };

    private async Task<JsonArray> SendAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        try
        {
            var (replies, latency) = await connection.SendAsync(activity, cancellationToken);
            Turns++;
            log.Turn(latency, Step);
            return replies;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or TurnFailedException or System.Text.Json.JsonException)
        {
            throw new TurnFailedException(ex.Message, ex);
        }
    }
}
