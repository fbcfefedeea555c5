using System.Globalization;
using System.Net.WebSockets;
using ComplaintBot.Bot.DirectLine;
using ComplaintBot.Web.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>
/// Sends each case to the real server and says what went wrong, if anything. Malformed requests, stream junk and
/// silent activities all go to <c>deep</c>, one conversation a few answers into the interview. Content the bot must
/// answer goes to a fresh conversation waiting at the order number, in the case's language: that question takes
/// three unreadable answers before it is skipped for the user, so one conversation cannot take them all.
/// </summary>
public sealed class BadInputRunner(BotServer server, ServerLog log, WitnessConversation deep, string otherToken) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler()) { BaseAddress = new Uri(server.BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(30) };
    private readonly DirectLineConversationStore _store = server.Get<DirectLineConversationStore>();

    /// <summary>Gets the time spent opening the fresh conversations of content cases.</summary>
    public TimeSpan SetUpTime { get; private set; }

    /// <summary>Runs one case; returns why it failed, or null.</summary>
    public async Task<string?> RunAsync(DirectLineBadInputCase badInput)
    {
        using var fresh = badInput.Expectation == BadInputExpectation.PoliteReply ? await OpenAsync(badInput.Locale) : null;
        var witness = fresh ?? deep;
        var target = TargetFor(witness);
        var mark = log.Count;
        var countBefore = await CountAsync(deep);
        string? failure;
        try
        {
            failure = badInput.Expectation switch
            {
                BadInputExpectation.Rejected => await RejectedAsync(badInput, target),
                BadInputExpectation.StreamSurvives => await StreamAsync(badInput, target),
                _ => await TakenAsync(badInput, witness, target),
            };
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or WebSocketException or InvalidOperationException or OperationCanceledException or Newtonsoft.Json.JsonException)
        {
            failure = ex.GetType().Name + ": " + ex.Message;
        }

        if (badInput.Expectation is BadInputExpectation.Rejected or BadInputExpectation.StreamSurvives && await CountAsync(deep) != countBefore)
        {
            failure = Join(failure, "something was stored in the conversation");
        }

        var errors = log.FailuresSince(mark);
        return errors.Count == 0 ? failure : Join(failure, "server logged: " + Cut(errors[0].ToString(), 400));
    }

    private async Task<WitnessConversation> OpenAsync(string locale)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var witness = await WitnessConversation.StartAsync(server, locale, locale.StartsWith("zh", StringComparison.Ordinal) ? "你好" : "hello");
        SetUpTime += System.Diagnostics.Stopwatch.GetElapsedTime(started);
        return witness;
    }

    private BadInputTarget TargetFor(WitnessConversation witness)
    {
        var w = witness.Witness;
        var past = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenSigningKey = BotServer.SigningKey }), new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-3)), NullLogger<DirectLineTokens>.Instance);
        var otherKey = new DirectLineTokens(Options.Create(new DirectLineOptions { TokenSigningKey = Convert.ToBase64String(new byte[32]) }), TimeProvider.System, NullLogger<DirectLineTokens>.Instance);
        return new BadInputTarget(w, otherToken, past.Issue(w.ConversationId, w.UserId).Token, otherKey.Issue(w.ConversationId, w.UserId).Token, BotServer.Secret, server.BaseUrl);
    }

    private async Task<string?> RejectedAsync(DirectLineBadInputCase badInput, BadInputTarget target)
    {
        int status;
        string contentType;
        string body;
        if (badInput.Raw is not null)
        {
            (status, contentType, body) = await RawHttp.SendAsync(target.Authority, badInput.Raw(target), TimeSpan.FromSeconds(30));
        }
        else
        {
            // A handshake the server wrongly accepts would hold the connection open: bound the wait.
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            using var request = badInput.Request!(target);
            using var response = await _http.SendAsync(request, cancel.Token);
            (status, contentType, body) = ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType ?? string.Empty, await response.Content.ReadAsStringAsync());
        }

        if (status is < 400 or >= 500 || (badInput.Status is { } expected && status != expected))
        {
            return $"expected {badInput.Status?.ToString(CultureInfo.InvariantCulture) ?? "4xx"}, got {status}: {Cut(body, 200)}";
        }

        if (!badInput.ErrorBody)
        {
            return null;
        }

        JObject? error = null;
        try
        {
            error = body.StartsWith('{') ? JObject.Parse(body)["error"] as JObject : null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
        }

        var code = (string?)error?["code"];
        if (!contentType.Contains("json", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(code) || string.IsNullOrEmpty((string?)error?["message"]))
        {
            return $"{status} without an ErrorResponse body: '{Cut(body, 200)}' ({contentType})";
        }

        return badInput.Code is { } wanted && code != wanted ? $"error code {code}, expected {wanted}" : null;
    }

    /// <summary>A case the channel takes: 200 with ids, the echo stored as the user's own, the bot polite and at the same step.</summary>
    private async Task<string?> TakenAsync(DirectLineBadInputCase badInput, WitnessConversation witness, BadInputTarget target)
    {
        await witness.ReadNewAsync();
        var ids = new List<string>();
        for (var i = 0; i < badInput.Times; i++)
        {
            using var request = badInput.Request!(target);
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                return $"expected 2xx, got {(int)response.StatusCode}: {Cut(text, 200)}";
            }

            if (request.Method == HttpMethod.Post && JObject.Parse(text)["id"]?.Value<string>() is { } id)
            {
                ids.Add(id);
            }
        }

        var polite = badInput.Expectation == BadInputExpectation.PoliteReply;
        if (polite && ids.Count != badInput.Times)
        {
            return "the channel did not answer with an activity id";
        }

        var (activities, raw) = await witness.ReadRepliesAsync(ids, replyRequired: polite);
        var echoes = ids.Select(id => activities.FirstOrDefault(a => (string?)a["id"] == id)).ToList();
        var replies = activities.Where(a => WitnessConversation.IsBot(a) && ids.Contains((string?)a["replyToId"] ?? string.Empty)).ToList();
        var step = WitnessConversation.StepOf(replies);
        if (step is not null && step != witness.Step)
        {
            return $"the interview moved from '{witness.Step}' to '{step}'";
        }

        if (!polite)
        {
            return null;
        }

        if (echoes.Any(e => e is null))
        {
            return "the activity was not stored as a new activity (no echo after the watermark)";
        }

        var messages = replies.Where(a => (string?)a["type"] == "message").ToList();
        if (ids.Any(id => !messages.Any(m => (string?)m["replyToId"] == id)))
        {
            return "no reply";
        }

        if (!messages.Any(m => BadInputText.SpeaksLocale((string?)m["text"], witness.Locale)))
        {
            return $"no reply in {witness.Locale}: {Cut(string.Join(" | ", messages.Select(m => (string?)m["text"])), 200)}";
        }

        if (step is null)
        {
            return "the bot did not ask its question again";
        }

        var outcome = new BadInputOutcome(target, ids, echoes!, replies, raw);
        return echoes.Select(e => EchoProblem(e!, target)).FirstOrDefault(p => p is not null) ?? badInput.Check?.Invoke(outcome);
    }

    /// <summary>Whatever the activity claimed, the stored echo is the token's user talking to the bot in this conversation.</summary>
    private string? EchoProblem(JObject echo, BadInputTarget target)
    {
        var w = target.Conversation;
        var timestamp = DateTimeOffset.Parse((string)echo["timestamp"]!, CultureInfo.InvariantCulture);
        return (string?)echo["from"]?["id"] != w.UserId ? "echo from " + echo["from"]?["id"]
            : (string?)echo["from"]?["role"] != "user" ? "echo role " + echo["from"]?["role"]
            : ((string?)echo["from"]?["name"])?.Length > 100 ? "echo kept a name of " + ((string?)echo["from"]?["name"])!.Length + " characters"
            : (string?)echo["conversation"]?["id"] != w.ConversationId ? "echo in conversation " + echo["conversation"]?["id"]
            : (string?)echo["recipient"]?["id"] != DirectLineChannel.BotAccount.Id ? "echo addressed to " + echo["recipient"]?["id"]
            : (string?)echo["channelId"] != DirectLineChannel.ChannelId ? "echo on channel " + echo["channelId"]
            : (string?)echo["serviceUrl"] != server.BaseUrl + "/" ? "echo with serviceUrl " + echo["serviceUrl"]
            : Math.Abs((timestamp - DateTimeOffset.UtcNow).TotalHours) > 1 ? "echo timestamped " + timestamp.ToString("O", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>Sends junk frames on an open stream, then checks the stream still delivers (a user's typing) and nothing was stored.</summary>
    private async Task<string?> StreamAsync(DirectLineBadInputCase badInput, BadInputTarget target)
    {
        var count = await CountAsync(deep);
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var url = $"{server.BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal)}/{target.ConversationPath}/stream?t={Uri.EscapeDataString(target.Token)}&watermark={count}";
        await socket.ConnectAsync(new Uri(url), timeout.Token);
        foreach (var frame in badInput.Frames!)
        {
            await socket.SendAsync(frame.Payload, frame.Type, frame.EndOfMessage, timeout.Token);
        }

        using var typing = DirectLineRequests.PostActivity(target, new JObject { ["type"] = "typing", ["from"] = new JObject { ["id"] = target.Conversation.UserId } });
        using var posted = await _http.SendAsync(typing);
        if (!posted.IsSuccessStatusCode)
        {
            return $"posting typing after the junk failed: {(int)posted.StatusCode}";
        }

        var buffer = new byte[64 * 1024];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return $"the server closed the stream ({socket.CloseStatus} {socket.CloseStatusDescription})";
                }

                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (message.Length > 0 && JObject.Parse(System.Text.Encoding.UTF8.GetString(message.ToArray()))["activities"] is JArray activities
                && activities.Any(a => (string?)a["type"] == "typing" && (string?)a["from"]?["id"] == target.Conversation.UserId))
            {
                socket.Abort();
                return null;
            }
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<int> CountAsync(WitnessConversation witness) =>
        (await _store.FindAsync(witness.Client.ConversationId, CancellationToken.None))?.Count ?? -1;

    private static string Join(string? first, string second) => first is null ? second : first + "; " + second;

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
