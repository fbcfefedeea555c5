using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>
/// Answers an interview the way an automated client would: by the step hint of the last question. Stops at the
/// summary (the activity whose value is the complaint document) or after a bounded number of turns.
/// </summary>
public sealed class InterviewDriver(BotClient client, IReadOnlyDictionary<string, Queue<Func<Activity>>> answers)
{
    private const int MaxTurns = 60;

    public List<(string Step, string Sent, IReadOnlyList<Activity> Replies)> Transcript { get; } = [];

    public Activity? Summary { get; private set; }

    public async Task<JObject> RunToSummaryAsync(string opening)
    {
        var replies = await client.SayAsync(opening);
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
            replies = await client.SendAsync(activity);
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
