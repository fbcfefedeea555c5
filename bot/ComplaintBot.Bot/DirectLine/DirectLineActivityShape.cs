using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// Checks that a client's activity has the Bot Schema's shape before anything reads, stores or runs it. The
/// schema's reader turns a number into text without a word and fails later on an object where text belongs, so
/// the fields a client sends are checked here for their JSON type, then the whole activity must read as one.
/// </summary>
internal static class DirectLineActivityShape
{
    private static readonly string[] Strings =
    [
        "type", "id", "text", "textFormat", "locale", "name", "replyToId", "inputHint", "speak", "summary", "localTimestamp", "localTimezone",
        "timestamp", "channelId", "serviceUrl", "action", "importance", "deliveryMode", "attachmentLayout", "label", "valueType", "callerId", "topicName", "code",
    ];

    private static readonly string[] Objects = ["from", "recipient", "conversation", "suggestedActions", "relatesTo", "semanticAction"];

    private static readonly string[] ArraysOfObjects = ["attachments", "entities", "membersAdded", "membersRemoved", "reactionsAdded", "reactionsRemoved", "textHighlights"];

    private static readonly string[] AccountStrings = ["id", "name", "role", "aadObjectId"];

    private static readonly string[] AttachmentStrings = ["contentType", "contentUrl", "name", "thumbnailUrl"];

    private static readonly JsonSerializer Reader = JsonSerializer.Create(DirectLineConversationStore.ActivitySettings);

    /// <summary>Says what is wrong with an activity's shape, or null when it reads as a Bot Schema activity.</summary>
    /// <param name="activity">The activity as posted.</param>
    /// <returns>A message for the 400, or null.</returns>
    public static string? Problem(JObject activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (Strings.FirstOrDefault(name => !Is(activity[name], JTokenType.String)) is { } notString)
        {
            return notString + " must be a string.";
        }

        if (Objects.FirstOrDefault(name => !Is(activity[name], JTokenType.Object)) is { } notObject)
        {
            return notObject + " must be an object.";
        }

        if (ArraysOfObjects.FirstOrDefault(name => !IsArrayOfObjects(activity[name])) is { } notArray)
        {
            return notArray + " must be an array of objects.";
        }

        foreach (var account in new[] { activity["from"], activity["recipient"] }.OfType<JObject>())
        {
            if (AccountStrings.Any(name => !Is(account[name], JTokenType.String)))
            {
                return "from and recipient take string id, name and role.";
            }
        }

        if ((activity["attachments"] as JArray)?.OfType<JObject>().Any(a => AttachmentStrings.Any(name => !Is(a[name], JTokenType.String))) == true)
        {
            return "An attachment's contentType, contentUrl, name and thumbnailUrl must be strings.";
        }

        try
        {
            _ = activity.ToObject<Activity>(Reader);
            return null;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            return "The activity does not read as a Bot Framework activity.";
        }
    }

    private static bool Is(JToken? token, JTokenType type) => token is null || token.Type == JTokenType.Null || token.Type == type;

    private static bool IsArrayOfObjects(JToken? token) =>
        token is null || token.Type == JTokenType.Null || (token is JArray array && array.All(item => item.Type == JTokenType.Object));
}
