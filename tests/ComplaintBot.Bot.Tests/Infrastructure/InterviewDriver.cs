using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>
/// Answers an interview the way an automated client would: by the step hint of the last question. Stops at the
/// summary (the activity whose value is the complaint document) or after a bounded number of turns. Activities go
/// through <paramref name="send"/> when given (another delivery path), else through the client's <c>expectReplies</c> post.
/// </summary>
public sealed class InterviewDriver(BotClient client, IReadOnlyDictionary<string, Queue<Func<Activity>>> answers, Func<Activity, Task<IReadOnlyList<Activity>>>? send = null)
{
    private const int MaxTurns = 60;
    private readonly Func<Activity, Task<IReadOnlyList<Activity>>> _send = send ?? client.SendAsync;

    public List<(string Step, string Sent, IReadOnlyList<Activity> Replies)> Transcript { get; } = [];

    public Activity? Summary { get; private set; }

    public async Task<JObject> RunToSummaryAsync(string opening)
    {
        var first = client.NewActivity(ActivityTypes.Message);
        first.Text = opening;
        var replies = await _send(first);
        Transcript.Add(("(start)", opening, replies));
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            Summary = replies.LastOrDefault(r => r.Value is JObject value && value["complaintText"] is not null);
            if (Summary is not null)
            {
                return (JObject)Summary.Value;
            }

            var step = replies.LastStep() ?? throw new InvalidOperationException("No question in: " + replies.AllText());
            if (!answers.TryGetValue(step, out var queue) || queue.Count == 0)
            {
                throw new InvalidOperationException($"No answer prepared for step '{step}'. Last replies: {replies.AllText()}");
            }

            var activity = queue.Dequeue()();
            replies = await _send(activity);
            Transcript.Add((step, activity.Text ?? activity.Value?.ToString() ?? "(attachments)", replies));
        }

        throw new InvalidOperationException("The interview did not reach the summary.");
    }

    public static Queue<Func<Activity>> Say(BotClient client, params string[] texts) =>
        new(texts.Select(text => (Func<Activity>)(() =>
        {
            var activity = client.NewActivity(ActivityTypes.Message);
            activity.Text = text;
            return activity;
        })));
}
