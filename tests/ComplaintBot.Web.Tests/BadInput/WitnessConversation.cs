using System.Globalization;
using System.Net;
using ComplaintBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>
/// A real conversation held mid-interview while the bad inputs go by: it knows which step it is at and the
/// question it asks when the user asks where things stand, so the suite can tell whether it moved.
/// </summary>
public sealed class WitnessConversation(DirectLineClient client, string locale) : IDisposable
{
    public DirectLineClient Client => client;

    public string Locale => locale;

    public Witness Witness => new(locale, client.ConversationId, client.Token, client.UserId);

    /// <summary>Gets the step the interview waits at.</summary>
    public string Step { get; private set; } = string.Empty;

    /// <summary>Starts a conversation and answers until the interview waits at the step the answers lead to.</summary>
    public static async Task<WitnessConversation> StartAsync(BotServer server, string locale, params string[] answers)
    {
        var witness = new WitnessConversation(new DirectLineClient(server.CreateClient()), locale);
        await witness.Client.StartAsync(locale);
        await witness.Client.WaitForAsync(a => (string?)a["from"]?["role"] == "bot");
        foreach (var answer in answers)
        {
            var (_, replies) = await witness.SayAsync(answer);
            witness.Step = StepOf(replies) ?? throw new InvalidOperationException($"'{answer}' was not answered with a question");
        }

        return witness;
    }

    /// <summary>Asks where the interview stands ("进度" / "status"): the step and the question asked again.</summary>
    public async Task<(string? Step, string? Question)> AskStatusAsync()
    {
        var (_, replies) = await SayAsync(locale.StartsWith("zh", StringComparison.Ordinal) ? "进度" : "status");
        var question = replies.LastOrDefault(a => a["channelData"]?["complaintBot"]?["step"] is not null);
        return (StepOf(replies), (string?)question?["text"]);
    }

    /// <summary>Reads every activity stored after the watermark, page by page, and moves the watermark past them.</summary>
    public async Task<(List<JObject> Activities, string Raw)> ReadNewAsync()
    {
        var read = new List<JObject>();
        var raw = new System.Text.StringBuilder();
        while (true)
        {
            var page = await client.GetActivitiesAsync(client.Watermark);
            if (page.Status != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"reading the witness failed: {(int)page.Status} {page.Text}");
            }

            raw.Append(page.Text);
            var activities = ((JArray)page.Json!["activities"]!).Cast<JObject>().ToList();
            client.Watermark = int.Parse((string)page.Json["watermark"]!, CultureInfo.InvariantCulture);
            read.AddRange(activities);
            if (activities.Count == 0)
            {
                return (read, raw.ToString());
            }
        }
    }

    /// <summary>Reads until the bot has replied to every one of the ids (its turn may outlast the POST), within a bound.</summary>
    public async Task<(List<JObject> Activities, string Raw)> ReadRepliesAsync(IReadOnlyCollection<string> ids, bool replyRequired)
    {
        var all = new List<JObject>();
        var raw = new System.Text.StringBuilder();
        var deadline = DateTime.UtcNow.AddSeconds(30); // a bound, not a target: POST already waited for the turn
        while (true)
        {
            var (activities, text) = await ReadNewAsync();
            all.AddRange(activities);
            raw.Append(text);
            var answered = ids.All(id => all.Any(a => IsBot(a) && (string?)a["replyToId"] == id && (string?)a["type"] == "message"));
            if (answered || !replyRequired || DateTime.UtcNow > deadline)
            {
                return (all, raw.ToString());
            }

            await Task.Delay(100);
        }
    }

    public static bool IsBot(JObject activity) => (string?)activity["from"]?["role"] == "bot";

    /// <summary>The step of the last question among some activities.</summary>
    public static string? StepOf(IEnumerable<JObject> activities) =>
        activities.Where(IsBot).Select(a => (string?)a["channelData"]?["complaintBot"]?["step"]).LastOrDefault(s => s is not null);

    public void Dispose() => client.Dispose();

    private async Task<(string Id, List<JObject> Replies)> SayAsync(string text)
    {
        var posted = await client.SayAsync(text);
        if (posted.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"saying '{text}' failed: {(int)posted.Status} {posted.Text}");
        }

        var id = (string)posted.Json!["id"]!;
        var (activities, _) = await ReadRepliesAsync([id], replyRequired: true);
        return (id, activities.Where(a => IsBot(a) && (string?)a["replyToId"] == id).ToList());
    }
}
