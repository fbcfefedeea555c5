using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Engine.Tests;

public sealed class ActivityCopyTests
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
    public void Copy_HoldsEveryPropertyOfTheOriginal(string shape)
    {
        var activity = Activities[shape]();

        var copy = ActivityCopy.Of(activity);

        Assert.NotSame(activity, copy);
        Assert.True(JToken.DeepEquals(Shape(activity), Shape(copy)), shape + ": " + Shape(copy).ToString(Formatting.None));
        Assert.Equal(JsonConvert.SerializeObject(activity), JsonConvert.SerializeObject(copy));
    }

    [Fact]
    public void SendingTheCopy_StampsNothingOntoTheOriginal()
    {
        var activity = Activities["everything"]();
        var before = Shape(activity);
        var reference = new ConversationReference
        {
            ActivityId = "in-1",
            User = new ChannelAccount("user-2", "另一个用户"),
            Bot = new ChannelAccount("bot-2"),
            Conversation = new ConversationAccount(id: "c2"),
            ChannelId = "webchat",
            Locale = "en-US",
            ServiceUrl = "http://127.0.0.1:9/",
        };

        var copy = ActivityCopy.Of(activity);
        copy.ApplyConversationReference(reference);
        copy.Id = "reply-1";
        copy.Timestamp = DateTimeOffset.UnixEpoch;
        copy.ReplyToId = "in-2";

        Assert.Equal("c2", copy.Conversation.Id);
        Assert.True(JToken.DeepEquals(before, Shape(activity)), Shape(activity).ToString(Formatting.None));
    }

    [Fact]
    public void EveryWritableProperty_IsCopied()
    {
        var writable = typeof(Activity).GetProperties().Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0).ToList();
        var activity = Activities["everything"]();
        foreach (var property in writable.Where(p => p.PropertyType == typeof(string)))
        {
            property.SetValue(activity, "value of " + property.Name);
        }

        activity.MembersRemoved = [new ChannelAccount("left")];
        activity.ReactionsAdded = [new MessageReaction("like")];
        activity.ReactionsRemoved = [new MessageReaction("dislike")];

        var copy = ActivityCopy.Of(activity);

        Assert.True(writable.Count(p => p.GetValue(activity) is not null) >= 30);
        Assert.All(writable, property =>
        {
            var original = property.GetValue(activity);
            if (original is null)
            {
                Assert.Null(property.GetValue(copy));
                return;
            }

            if (original.GetType().IsValueType)
            {
                Assert.Equal(original, property.GetValue(copy));
            }
            else
            {
                Assert.Same(original, property.GetValue(copy));
            }
        });
    }

    // Every property, nulls included, so that a null left out or added shows.
    private static JObject Shape(Activity activity) => JObject.FromObject(activity, JsonSerializer.Create(new JsonSerializerSettings { NullValueHandling = NullValueHandling.Include }));
}
