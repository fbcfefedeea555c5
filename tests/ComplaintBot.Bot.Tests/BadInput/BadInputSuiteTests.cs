using System.Net;
using System.Text;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Bot.Tests.Reliability;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Bot.Tests.BadInput;

public sealed class BadInputSuiteTests(BotHostFactory factory, ITestOutputHelper output) : IClassFixture<BotHostFactory>
{
    [Fact]
    public void Catalog_HasAtLeastTwoHundredCases()
    {
        var cases = BadInputCatalog.All();

        Assert.True(cases.Count >= 200, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.ToString()).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task MessagesEndpoint_EveryBadInput_RefusedOrAnsweredPolitelyWithoutErrorsAndTheInterviewResumes()
    {
        var logs = new CapturingLoggerProvider();
        using var host = factory.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        using var http = host.CreateClient();
        var failures = new List<string>();
        var cases = BadInputCatalog.All();

        foreach (var badInput in cases)
        {
            var before = logs.Failures.Count();
            string? failure;
            try
            {
                failure = badInput.Expectation == BadInputExpectation.Rejected
                    ? await RejectedAsync(http, badInput)
                    : await AnsweredAsync(http, badInput);
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or JsonException)
            {
                failure = ex.GetType().Name + ": " + ex.Message;
            }

            var errors = logs.Failures.Skip(before).ToList();
            if (errors.Count > 0)
            {
                failure = (failure is null ? string.Empty : failure + "; ") + "logged: " + errors[0].Line[..Math.Min(300, errors[0].Line.Length)];
            }

            if (failure is not null)
            {
                failures.Add($"{badInput}: {failure}");
            }
        }

        var replay = await ReplayAsync(http);
        if (replay is not null)
        {
            failures.Add("replayed activity id: " + replay);
        }

        output.WriteLine($"bad inputs tried: {cases.Count + 1} ({cases.Count(c => c.Expectation == BadInputExpectation.Rejected)} malformed requests, {cases.Count(c => c.Expectation != BadInputExpectation.Rejected) + 1} bad contents), failures: {failures.Count}, unhandled exceptions logged: {logs.Failures.Count()}");
        foreach (var group in cases.GroupBy(c => c.Category))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
        }

        foreach (var failure in failures)
        {
            output.WriteLine("FAIL " + failure);
        }

        Assert.Empty(failures);
    }

    private static async Task<string?> RejectedAsync(HttpClient http, BadInputCase badInput)
    {
        using var request = new HttpRequestMessage(new HttpMethod(badInput.Method), "/api/messages");
        if (badInput.Method != "GET")
        {
            request.Content = new ByteArrayContent(badInput.Body ?? []);
            if (badInput.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", badInput.ContentType);
            }
        }

        using var response = await http.SendAsync(request);
        var status = (int)response.StatusCode;
        return status is >= 400 and < 500 ? null : $"expected 4xx, got {status}";
    }

    /// <summary>Opens a conversation, sends the bad input, then asks for the status: the step must not have moved.</summary>
    private static async Task<string?> AnsweredAsync(HttpClient http, BadInputCase badInput)
    {
        var conversationId = "bad-" + Guid.NewGuid().ToString("N");
        var opening = await PostAsync(http, BadInputCatalog.ValidMessage(conversationId).ToString(Formatting.None));
        var step = opening.Replies.LastStep() ?? "(none)";

        var sent = await PostAsync(http, badInput.Activity!(BadInputCatalog.ValidMessage(conversationId)));
        var messages = sent.Replies.Where(r => r.Type == ActivityTypes.Message).ToList();
        switch (badInput.Expectation)
        {
            case BadInputExpectation.PoliteReply when sent.Status != HttpStatusCode.OK:
                return $"expected 200, got {(int)sent.Status}";
            case BadInputExpectation.PoliteReply when messages.Count == 0:
                return "no reply";
            case BadInputExpectation.PoliteReply when !messages.Any(m => (m.Text ?? string.Empty).ContainsChinese()):
                return "reply not in the user's language: " + messages.AllText();
            case BadInputExpectation.Ignored when sent.Status is not (HttpStatusCode.OK or HttpStatusCode.NotImplemented):
                return $"expected 200 or 501, got {(int)sent.Status}";
        }

        var status = await PostAsync(http, BadInputCatalog.ValidMessage(conversationId, "进度").ToString(Formatting.None));
        var after = status.Replies.LastStep() ?? "(none)";
        return after == step ? null : $"interview moved from '{step}' to '{after}'";
    }

    /// <summary>The same activity twice (a channel's redelivery): answered once, and the answer counted once.</summary>
    private static async Task<string?> ReplayAsync(HttpClient http)
    {
        var conversationId = "replay-" + Guid.NewGuid().ToString("N");
        await PostAsync(http, BadInputCatalog.ValidMessage(conversationId).ToString(Formatting.None));
        var answer = BadInputCatalog.ValidMessage(conversationId, "1944822463412702309").ToString(Formatting.None);
        var first = await PostAsync(http, answer);
        var second = await PostAsync(http, answer);
        if (second.Status != HttpStatusCode.OK || second.Replies.Any(r => r.Type == ActivityTypes.Message))
        {
            return $"the redelivery was answered again ({(int)second.Status}, {second.Replies.Count} replies)";
        }

        var status = await PostAsync(http, BadInputCatalog.ValidMessage(conversationId, "进度").ToString(Formatting.None));
        return status.Replies.LastStep() == first.Replies.LastStep() ? null : "the redelivery moved the interview";
    }

    private static async Task<(HttpStatusCode Status, IReadOnlyList<Activity> Replies)> PostAsync(HttpClient http, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        var body = await response.Content.ReadAsStringAsync();
        var replies = response.StatusCode == HttpStatusCode.OK && body.Length > 0
            ? JsonConvert.DeserializeObject<ExpectedReplies>(body)?.Activities?.ToList() ?? []
            : [];
        return (response.StatusCode, replies);
    }
}
