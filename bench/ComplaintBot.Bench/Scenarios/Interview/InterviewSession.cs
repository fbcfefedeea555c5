using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintBot.Bench.Evidence;
using ComplaintBot.Bench.Load;

namespace ComplaintBot.Bench.Scenarios.Interview;

/// <summary>
/// One complete complaint interview, answered the way an automated client would: by the step hint of the last
/// question. Evidence is two files from the <see cref="EvidenceFileServer"/>, then "done"; the summary's
/// complaint document is checked against the persona's facts and then confirmed, which ends the conversation.
/// </summary>
internal sealed class InterviewSession(Conversation conversation, Persona persona, EvidenceFileServer files, TurnLog log) : ISession
{
    // An interview has about 16 turns; more means the generator and the bot disagree about something.
    private const int MaxTurns = 40;
    private const int MaxAsksPerStep = 4;

    private readonly Dictionary<string, int> _asked = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    /// <summary>Gets the complaint id of the summary, once reached.</summary>
    public string? ComplaintId { get; private set; }

    /// <summary>Gets a value indicating whether to stop at the summary without confirming (to look at the state of a full draft).</summary>
    public bool StopAtSummary { get; init; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await RunToSummaryAsync(cancellationToken);
        if (!StopAtSummary)
        {
            await ConfirmAsync(cancellationToken);
        }
    }

    /// <summary>Confirms the summarised complaint, which completes it and ends the conversation.</summary>
    public async Task ConfirmAsync(CancellationToken cancellationToken)
    {
        var id = ComplaintId ?? throw new InvalidOperationException("No summary yet.");
        conversation.Step = "confirm (summary button)";
        var confirmed = await conversation.SubmitAsync(new JsonObject { ["action"] = "confirm", ["complaintId"] = id }, cancellationToken);
        if (!Replies.Text(confirmed).Contains(id, StringComparison.Ordinal))
        {
            throw new TurnFailedException("The confirmation does not name the complaint: " + Replies.Text(confirmed));
        }

        // Checked only now: a summary that fails the check is still confirmed, so no state is left behind.
        if (_problems.Count > 0)
        {
            throw new TurnFailedException("Summary check failed: " + string.Join("; ", _problems));
        }
    }

    private async Task RunToSummaryAsync(CancellationToken cancellationToken)
    {
        conversation.Step = "opening";
        var replies = await conversation.SayAsync(persona.Opening, cancellationToken);
        while (conversation.Turns < MaxTurns)
        {
            if (Replies.Summary(replies) is { } document)
            {
                _problems.AddRange(Check(document));
                ComplaintId = document["id"]?.GetValue<string>() ?? throw new TurnFailedException("A summary without a document id.");
                return;
            }

            var step = Replies.LastStep(replies) ?? throw new TurnFailedException("A reply without a question: " + Replies.Text(replies));
            replies = await AnswerAsync(step, cancellationToken);
        }

        throw new TurnFailedException($"No summary after {MaxTurns} turns.");
    }

    private Task<JsonArray> AnswerAsync(string step, CancellationToken cancellationToken)
    {
        var attempt = _asked.GetValueOrDefault(step);
        _asked[step] = attempt + 1;
        conversation.Step = step == StepIds.Evidence ? (attempt == 0 ? "evidence (two files)" : "evidence (done)") : step;
        if (attempt >= MaxAsksPerStep && step != StepIds.Confirm)
        {
            throw new TurnFailedException($"Step {step} asked {attempt + 1} times.");
        }

        switch (step)
        {
            case StepIds.Evidence when attempt == 0:
                return conversation.AttachAsync(
                    [
                        (persona.IsChinese ? "漏水照片.jpg" : "photo.jpg", "image/jpeg", files.UrlOf("photo.jpg", persona.FileSeed)),
                        (persona.IsChinese ? "聊天记录.png" : "chat.png", "image/png", files.UrlOf("chat.png", persona.FileSeed + 1)),
                    ],
                    cancellationToken);
            case StepIds.Evidence:
                return conversation.SayAsync(persona.Done, cancellationToken);
            case StepIds.Confirm:
                return conversation.SayAsync(persona.Yes, cancellationToken);
            default:
                if (!persona.Answers.TryGetValue(step, out var answers))
                {
                    throw new TurnFailedException($"No answer for step {step}.");
                }

                if (attempt >= answers.Count)
                {
                    // The bot did not take the answer: a generator fact the bot cannot read (report it, try again).
                    log.Reasked();
                }

                return conversation.SayAsync(answers[Math.Min(attempt, answers.Count - 1)], cancellationToken);
        }
    }

    private List<string> Check(JsonObject document)
    {
        var problems = new List<string>();
        Expect(problems, "locale", document["locale"]?.GetValue<string>(), persona.Locale);
        Expect(problems, "order.orderId", document["order"]?["orderId"]?.GetValue<string>(), persona.OrderId);
        Expect(problems, "order.item", document["order"]?["item"]?.GetValue<string>(), persona.Item);
        Expect(problems, "order.shop", document["order"]?["shop"]?.GetValue<string>(), persona.Shop);
        var amount = document["order"]?["amountPaid"]?["value"]?.GetValue<decimal>();
        if (amount != persona.AmountPaid)
        {
            problems.Add($"order.amountPaid is {amount}, expected {persona.AmountPaid}");
        }

        Expect(problems, "evidence", (document["evidence"] as JsonArray)?.Count.ToString(CultureInfo.InvariantCulture), "2");
        var full = document["complaintText"]?["full"]?.GetValue<string>() ?? string.Empty;
        if (!full.Contains(persona.OrderId, StringComparison.Ordinal))
        {
            problems.Add("complaintText.full lacks the order number");
        }

        return problems;
    }

    private static void Expect(List<string> problems, string path, string? actual, string expected)
    {
        if (!string.Equals(actual, expected, StringComparison.Ordinal))
        {
            problems.Add($"{path} is '{actual}', expected '{expected}'");
        }
    }
}
