using System.Collections.Concurrent;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Scale.Tests;

/// <summary>
/// One conversation spread over several bot instances: consecutive messages go to alternating instances, as a
/// load balancer without affinity would send them. Counts turns, bursts and anything lost or duplicated.
/// </summary>
public sealed class AlternatingConversation(IReadOnlyList<HttpClient> instances, ConversationScript script, string userId)
{
    private const int MaxTurns = 45;
    private readonly string _conversationId = "scale-" + script.Index + "-" + Guid.NewGuid().ToString("N")[..8];
    private int _next;
    private bool _redeliver;
    private CancellationToken _cancellation;
    private int _activityNumber;

    public int Turns { get; private set; }

    public int Bursts { get; private set; }

    public ConcurrentBag<string> Problems { get; } = [];

    public int Duplicates { get; private set; }

    public ConcurrentBag<string> DuplicateDetails { get; } = [];

    public string? ComplaintId { get; private set; }

    public JObject? Document { get; private set; }

    public string UserId => userId;

    /// <summary>
    /// Runs the interview like a channel whose bot instance may die: a message that got no answer (connection
    /// refused or reset) is redelivered, same id, until an instance answers; a redelivery of a message that was
    /// committed before the crash is answered with nothing, and the conversation then asks where it stands.
    /// </summary>
    public async Task RunWithRetriesAsync(CancellationToken cancellationToken)
    {
        _redeliver = true;
        _cancellation = cancellationToken;
        await RunAsync();
    }

    /// <summary>Runs the interview to the confirmed complaint; each evidence step becomes one burst.</summary>
    public async Task RunAsync()
    {
        var replies = await SendAsync(Text("你好"));
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var summary = replies.LastOrDefault(r => r.Value is JObject value && value["complaintText"] is not null);
            if (summary is not null)
            {
                Document = (JObject)summary.Value;
                ComplaintId = (string?)Document["id"];
                var confirmed = await SendAsync(Submit(new { action = "confirm", complaintId = ComplaintId }));
                if (ComplaintId is null || !confirmed.AllText().Contains(ComplaintId, StringComparison.Ordinal))
                {
                    Problems.Add("confirmation did not name the complaint id");
                }

                foreach (var difference in script.Differences(Document))
                {
                    Problems.Add(difference);
                }

                return;
            }

            var step = replies.LastStep();
            if (step is null)
            {
                Problems.Add("no question in: " + Shorten(replies.AllText()));
                return;
            }

            replies = step == InterviewStep.Evidence && Bursts == 0
                ? await BurstAsync()
                : await SendAsync(Text(step == InterviewStep.Evidence ? "完成" : script.Answer(step) ?? "是"));
        }

        Problems.Add("the interview did not reach the summary");
    }

    /// <summary>Sends every evidence file and a status request at the same moment, spread over the instances.</summary>
    private async Task<IReadOnlyList<Activity>> BurstAsync()
    {
        Bursts++;
        var messages = script.Files.Select(file => Files(file)).Append(Text("进度")).ToList();
        var sends = messages.Select(message => SendAsync(message)).ToList();
        var responses = await Task.WhenAll(sends);
        // One acknowledgement per file message; the status reply (last) lists the files too and is not counted.
        var received = responses[..^1].Count(r => r.AllText().Contains("已收到", StringComparison.Ordinal));
        if (received > script.FileCount)
        {
            Duplicates += received - script.FileCount;
            DuplicateDetails.Add($"burst of {script.FileCount} files: {received} acknowledgements: " + string.Join(" || ", responses.Select(r => Shorten(r.AllText()))));
        }
        else if (received < script.FileCount)
        {
            Problems.Add($"burst: {script.FileCount} files sent, {received} acknowledged");
        }

        // The next question is whatever the status request (last in the burst) re-asked: the evidence step.
        return responses[^1];
    }

    private async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        var instance = instances[Interlocked.Increment(ref _next) % instances.Count];
        var replies = _redeliver ? await PostUntilAnsweredAsync(instance, activity) : await PostAsync(instance, activity);
        Turns++;
        var messages = replies.Where(r => r.Type == ActivityTypes.Message).ToList();
        if (messages.Count == 0)
        {
            Problems.Add($"no reply to '{activity.Text ?? "(file or card)"}'");
        }

        var repeated = messages.GroupBy(m => (m.Text, m.Value?.ToString())).Where(g => g.Count() > 1).ToList();
        Duplicates += repeated.Sum(g => g.Count() - 1);
        foreach (var group in repeated)
        {
            DuplicateDetails.Add($"reply repeated {group.Count()} times: {Shorten(group.Key.Text ?? "(card)")}");
        }

        return replies;
    }

    private async Task<IReadOnlyList<Activity>> PostUntilAnsweredAsync(HttpClient instance, Activity activity)
    {
        while (true)
        {
            _cancellation.ThrowIfCancellationRequested();
            try
            {
                var replies = await PostAsync(instance, activity);
                if (replies.Any(r => r.Type == ActivityTypes.Message))
                {
                    return replies;
                }

                // Committed before the crash, answer lost with the process: ask where the conversation stands.
                return await PostAsync(instance, Text("进度"));
            }
            catch (HttpRequestException)
            {
                await Task.Delay(250, _cancellation);
            }
            catch (TaskCanceledException) when (!_cancellation.IsCancellationRequested)
            {
                await Task.Delay(250, _cancellation);
            }
        }
    }

    private static async Task<IReadOnlyList<Activity>> PostAsync(HttpClient instance, Activity activity)
    {
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(activity, new Newtonsoft.Json.JsonSerializerSettings { NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore });
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var response = await instance.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != System.Net.HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"HTTP {(int)response.StatusCode}: {Shorten(body)}");
        }

        return Newtonsoft.Json.JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities?.ToList() ?? [];
    }

    private Activity Text(string text)
    {
        var activity = New();
        activity.Text = text;
        return activity;
    }

    private Activity Submit(object value)
    {
        var activity = New();
        activity.Value = JObject.FromObject(value);
        return activity;
    }

    private Activity Files((string Name, string ContentType, byte[] Bytes) file)
    {
        var activity = New();
        activity.Attachments = [ConversationScript.AsAttachment(file)];
        return activity;
    }

    private Activity New() => new()
    {
        Type = ActivityTypes.Message,

        // Unique within the conversation, as a channel's ids are; whichever instance gets it.
        Id = _conversationId + "-" + Interlocked.Increment(ref _activityNumber),
        ChannelId = "emulator",
        ServiceUrl = "http://127.0.0.1:9/",
        DeliveryMode = DeliveryModes.ExpectReplies,
        Locale = "zh-CN",
        Conversation = new ConversationAccount { Id = _conversationId },
        From = new ChannelAccount { Id = userId, Name = "User", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Name = "ComplaintBot", Role = "bot" },
    };

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
