using System.Security.Cryptography;
using System.Text;
using ComplaintBot.Bot.Turns;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Turns;

public sealed class TurnLedgerFingerprintTests
{
    public static TheoryData<string> Shapes => new(Activities.Keys);

    private static Dictionary<string, Func<Activity>> Activities => new()
    {
        ["text"] = () => Message("m1", "收到的水壶底部漏水，\"客服\"不回复 \\ 😀"),
        ["no text"] = () => Message("m2", null),
        ["card submit"] = () =>
        {
            var activity = Message("m3", null);
            activity.Value = JObject.Parse("""{"action":"confirm","complaintId":"C20261127-1","at":"2026-11-27T10:00:00+08:00","n":1.50,"list":[null,true]}""");
            return activity;
        },
        ["files"] = () =>
        {
            var activity = Message("m4", "两张图");
            activity.Attachments =
            [
                new Attachment("image/jpeg", "http://127.0.0.1:9/漏水.jpg", name: "漏水.jpg"),
                new Attachment("image/png", null, name: null),
                new Attachment("application/vnd.microsoft.card.adaptive", content: new JObject { ["type"] = "AdaptiveCard" }),
            ];
            return activity;
        },
        ["empty attachment list"] = () =>
        {
            var activity = Message("m5", "x");
            activity.Attachments = [];
            return activity;
        },
        ["no sender"] = () =>
        {
            var activity = Message("m6", "x");
            activity.From = null;
            return activity;
        },
        ["conversation update"] = () => new Activity(ActivityTypes.ConversationUpdate) { Id = "u1", From = new ChannelAccount("u") },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Fingerprint_IsWhatHashingTheDefaultSerializationOfTheFieldsGave(string shape)
    {
        var activity = Activities[shape]();

        Assert.Equal(Earlier(activity), TurnLedger.Fingerprint(activity));
    }

    [Fact]
    public void Fingerprint_ChangesWithTheContent_AndIsNullWithoutAnId()
    {
        Assert.NotEqual(TurnLedger.Fingerprint(Message("m1", "a")), TurnLedger.Fingerprint(Message("m1", "b")));
        Assert.NotEqual(TurnLedger.Fingerprint(Message("m1", "a")), TurnLedger.Fingerprint(Message("m2", "a")));
        Assert.Null(TurnLedger.Fingerprint(Message(null, "a")));
    }

    // How fingerprints were made before they were written field by field; ledgers already stored hold these.
    private static string Earlier(Activity activity)
    {
        // An Activity is always an IMessageActivity, so the casts the original made always succeeded.
        var content = JsonConvert.SerializeObject(new
        {
            activity.Type,
            activity.Id,
            From = activity.From?.Id,
            activity.Text,
            activity.Value,
            Attachments = activity.Attachments?.Select(a => new { a.ContentType, a.ContentUrl, a.Name }),
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)).AsSpan(0, 12));
    }

    private static Activity Message(string? id, string? text) => new(ActivityTypes.Message) { Id = id, Text = text, From = new ChannelAccount("user-1") };
}
