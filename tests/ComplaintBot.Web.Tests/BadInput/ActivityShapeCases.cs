using ComplaintBot.Bot.DirectLine;
using Newtonsoft.Json.Linq;
using static ComplaintBot.Web.Tests.BadInput.DirectLineRequests;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>Activities of the wrong shape: fields of the wrong JSON type, no type, and types a client may not post.</summary>
public static class ActivityShapeCases
{
    public static IEnumerable<DirectLineBadInputCase> All()
    {
        var wrongTypes = new (string Field, JToken? Value)[]
        {
            ("text", 123), ("text", true), ("text", new JObject { ["zh"] = "你好" }), ("text", new JArray("你", "好")),
            ("attachments", new JObject { ["contentType"] = "image/png" }), ("attachments", "photo.png"), ("attachments", 7), ("attachments", new JArray(1, 2)),
            ("attachments", new JArray(new JObject { ["contentType"] = "image/png", ["contentUrl"] = 5 })), ("attachments", new JArray(new JObject { ["name"] = new JObject() })),
            ("from", "dl_user"), ("from", new JArray()), ("from", 9), ("from", new JObject { ["id"] = new JObject() }), ("from", new JObject { ["id"] = new JArray("a") }),
            ("from", new JObject { ["name"] = 5 }), ("entities", "x"), ("entities", new JArray(1)), ("locale", 5), ("locale", new JObject()),
            ("name", new JObject()), ("replyToId", new JArray()), ("localTimestamp", "yesterday"), ("localTimestamp", 5), ("suggestedActions", "yes"),
            ("textFormat", 1), ("conversation", "elsewhere"), ("recipient", 3), ("type", 5), ("type", new JObject()), ("type", new JArray("message")), ("type", null),
        };
        foreach (var (field, value) in wrongTypes)
        {
            yield return MalformedBodyCases.Rejected("wrong-typed field", $"{field} = {(value ?? JValue.CreateNull()).ToString(Newtonsoft.Json.Formatting.None)}", t => PostActivity(t, Message(t, m => m[field] = value ?? JValue.CreateNull())), 400, DirectLineErrors.BadArgument);
        }

        yield return MalformedBodyCases.Rejected("activity type", "no type", t => PostActivity(t, Message(t, m => m.Remove("type"))), 400, DirectLineErrors.BadArgument);

        // What only the channel or the bot sends, what no client sends, and near misses of what one does.
        string[] types =
        [
            "", "MESSAGE", "message ", "Message", "conversationUpdate", "invoke", "endOfConversation", "trace", "invokeResponse", "delay", "messageReaction",
            "installationUpdate", "contactRelationUpdate", "deleteUserData", "handoff", "messageUpdate", "messageDelete", "suggestion", "command", "commandResult", "foo",
        ];
        foreach (var type in types)
        {
            yield return MalformedBodyCases.Rejected("activity type", $"'{type}'", t => PostActivity(t, Message(t, m => m["type"] = type)), 400, DirectLineErrors.BadArgument);
        }

        yield return MalformedBodyCases.Rejected("activity type", "invoke adaptiveCard/action", t => PostActivity(t, new JObject
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["value"] = new JObject { ["action"] = new JObject { ["type"] = "Action.Execute", ["verb"] = "confirm" } },
        }), 400, DirectLineErrors.BadArgument);
        yield return MalformedBodyCases.Rejected("activity type", "conversationUpdate adding members", t => PostActivity(t, new JObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JArray(new JObject { ["id"] = "intruder" }),
        }), 400, DirectLineErrors.BadArgument);
        yield return MalformedBodyCases.Rejected("activity type", "upload activity part of type event", t => Upload(t, ActivityPart(new JObject { ["type"] = "event", ["name"] = "x" }), FilePart("a.png", "image/png", Samples.Png)), 400, DirectLineErrors.BadArgument);
        yield return MalformedBodyCases.Rejected("activity type", "upload activity part with wrong-typed text", t => Upload(t, ActivityPart(new JObject { ["type"] = "message", ["text"] = new JObject() }), FilePart("a.png", "image/png", Samples.Png)), 400, DirectLineErrors.BadArgument);
        yield return MalformedBodyCases.Rejected("activity type", "upload activity part with attachment name as object", t => Upload(t, ActivityPart(new JObject { ["type"] = "message", ["attachments"] = new JArray(new JObject { ["name"] = new JObject(), ["thumbnailUrl"] = new JArray() }) }), FilePart("a.png", "image/png", Samples.Png)), 400, DirectLineErrors.BadArgument);

        // Client activities that are well-formed but carry nothing to answer.
        yield return new DirectLineBadInputCase("activity type", "typing", BadInputExpectation.Ignored) { Request = t => PostActivity(t, new JObject { ["type"] = "typing", ["from"] = new JObject { ["id"] = t.Conversation.UserId } }) };
        yield return new DirectLineBadInputCase("activity type", "event of an unknown name", BadInputExpectation.Ignored) { Request = t => PostActivity(t, new JObject { ["type"] = "event", ["name"] = "no.such.event", ["value"] = new JObject { ["x"] = 1 } }) };
        yield return new DirectLineBadInputCase("activity type", "event with no name", BadInputExpectation.Ignored) { Request = t => PostActivity(t, new JObject { ["type"] = "event" }) };
        yield return new DirectLineBadInputCase("activity type", "event named like a command", BadInputExpectation.Ignored) { Request = t => PostActivity(t, new JObject { ["type"] = "event", ["name"] = "webchat/join", ["value"] = "<script>alert(1)</script>" }) };
    }
}
