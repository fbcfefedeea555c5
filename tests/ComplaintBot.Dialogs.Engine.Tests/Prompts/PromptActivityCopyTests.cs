using ComplaintBot.Dialogs.Engine.Prompts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Engine.Tests.Prompts;

public sealed class PromptActivityCopyTests
{
    public static TheoryData<string> Shapes => new(Activities.Keys);

    private static Dictionary<string, Func<Activity>> Activities => new()
    {
        ["question"] = () => new Activity(ActivityTypes.Message)
        {
            Text = "买的是什么商品？",
            InputHint = InputHints.ExpectingInput,
            Attachments = [],
            Entities = [],
            ChannelData = new JObject { ["complaintBot"] = new JObject { ["step"] = "order.item", ["index"] = 2, ["hint"] = null } },
        },
        ["everything"] = () =>
        {
            var activity = new Activity(ActivityTypes.Message)
            {
                Id = "1",
                Timestamp = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)),
                LocalTimestamp = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(8)),
                Expiration = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
                Locale = "zh-CN",
                Text = "请选择",
                Speak = "请选择",
                From = new ChannelAccount("bot", null),
                Recipient = new ChannelAccount("user", "用户"),
                Conversation = new ConversationAccount(id: "c1"),
                MembersAdded = [new ChannelAccount("user")],
                ListenFor = ["是", "否"],
                SuggestedActions = new SuggestedActions(actions: [new CardAction(ActionTypes.ImBack, "是", value: new { answer = "是", extra = (string?)null })]),
                Attachments =
                [
                    new Attachment("application/vnd.microsoft.card.hero", content: new HeroCard(title: "标题", buttons: [new CardAction(ActionTypes.ImBack, "按钮", value: "v")])),
                    new Attachment("application/vnd.microsoft.card.adaptive", content: JObject.Parse("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"漏水","color":null}]}""")),
                    new Attachment("image/png", "http://127.0.0.1:9/a.png", name: "a.png"),
                ],
                Entities = [new Entity("mention") { Properties = new JObject { ["text"] = "@bot", ["x"] = null } }],
                Value = new { order = "1944822463412702309", missing = (string?)null, amount = 129.5m, at = new DateTime(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc) },
                TextHighlights = [new TextHighlight("选", 1)],
                SemanticAction = new SemanticAction("a", new Dictionary<string, Entity> { ["e"] = new Entity("t") }),
            };
            activity.Properties["custom"] = JValue.CreateNull();
            activity.Properties["more"] = new JObject { ["n"] = 1 };
            return activity;
        },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Copy_IsWhatTheFullTokenTreeRoundTripGave(string shape)
    {
        var activity = Activities[shape]();

        var copy = PromptActivityCopy.Of(activity);

        // The copy the engine made before it left the activity's null properties out of the tree.
        var full = JObject.FromObject(activity).ToObject<Activity>()!;
        Assert.True(JToken.DeepEquals(Shape(full), Shape(copy)), shape + ": " + Shape(copy).ToString(Formatting.None));
    }

    [Fact]
    public void Copy_SharesNothingWithTheOriginal()
    {
        var activity = Activities["everything"]();
        var before = Shape(activity);

        var copy = PromptActivityCopy.Of(activity);
        copy.Conversation.Id = "stamped";
        copy.Recipient.Name = "stamped";
        copy.Attachments.RemoveAt(2);
        ((JObject)copy.Attachments[1].Content)["body"]![0]!["text"] = "stamped";
        ((JObject)copy.Attachments[0].Content)["title"] = "stamped";
        copy.Entities[0].Properties["text"] = "stamped";
        copy.Properties["more"]!["n"] = 2;
        copy.ListenFor.Add("stamped");

        Assert.NotSame(activity, copy);
        Assert.True(JToken.DeepEquals(before, Shape(activity)), Shape(activity).ToString(Formatting.None));
    }

    // Every property, nulls included, so that a null left out or added shows.
    private static JObject Shape(Activity activity) => JObject.FromObject(activity, JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Include }));
}
