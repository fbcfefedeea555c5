using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ComplaintBot.Bench.Load;

/// <summary>
/// Posts activities to one bot's <c>/api/messages</c> with <c>deliveryMode: expectReplies</c> and returns the
/// replies from the response body, timing each turn from the first byte sent to the last byte read.
/// </summary>
internal sealed class BotConnection(HttpClient http, Uri baseAddress)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly Uri _messages = new(baseAddress, "api/messages");

    public async Task<(JsonArray Replies, TimeSpan Latency)> SendAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(activity.ToJsonString()));
        content.Headers.ContentType = Json;
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync(_messages, content, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var latency = Stopwatch.GetElapsedTime(started);
        if (!response.IsSuccessStatusCode)
        {
            throw new TurnFailedException($"HTTP {(int)response.StatusCode}: {Shorten(body)}");
        }

        var replies = body.Length == 0 ? null : JsonNode.Parse(body)?["activities"] as JsonArray;
        return (replies ?? throw new TurnFailedException("No activities in the response: " + Shorten(body)), latency);
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
