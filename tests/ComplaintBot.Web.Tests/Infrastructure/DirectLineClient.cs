using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Web.Tests.Infrastructure;

/// <summary>A minimal Direct Line client over HttpClient, for protocol tests.</summary>
public sealed class DirectLineClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public string Token { get; set; } = string.Empty;

    public string ConversationId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    public string? StreamUrl { get; private set; }

    public int Watermark { get; set; }

    /// <summary>Gets a token from the page-facing endpoint and starts its conversation.</summary>
    public async Task<JObject> StartAsync(string locale = "zh-CN")
    {
        var token = await SendAsync(HttpMethod.Post, "webchat/token", new JObject { ["locale"] = locale }, auth: null);
        Assert.Equal(HttpStatusCode.OK, token.Status);
        Token = (string)token.Json!["token"]!;
        ConversationId = (string)token.Json["conversationId"]!;
        UserId = (string)token.Json["userId"]!;
        var start = await SendAsync(HttpMethod.Post, "v3/directline/conversations", new JObject { ["locale"] = locale });
        Assert.Equal(HttpStatusCode.Created, start.Status);
        StreamUrl = (string?)start.Json!["streamUrl"];
        return start.Json;
    }

    public Task<Response> PostActivityAsync(JObject activity, string? conversationId = null, string? auth = "") =>
        SendAsync(HttpMethod.Post, $"v3/directline/conversations/{conversationId ?? ConversationId}/activities", activity, auth);

    public Task<Response> SayAsync(string text, string? clientActivityId = null) =>
        PostActivityAsync(new JObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["from"] = new JObject { ["id"] = UserId },
            ["channelData"] = new JObject { ["clientActivityID"] = clientActivityId ?? Guid.NewGuid().ToString("N") },
        });

    public Task<Response> GetActivitiesAsync(int? watermark = null, string? conversationId = null, string? auth = "") =>
        SendAsync(HttpMethod.Get, $"v3/directline/conversations/{conversationId ?? ConversationId}/activities" + (watermark is { } w ? "?watermark=" + w : string.Empty), null, auth);

    /// <summary>Polls until an activity matches, advancing <see cref="Watermark"/>; returns every activity read.</summary>
    public async Task<List<JObject>> WaitForAsync(Func<JObject, bool> predicate, TimeSpan? timeout = null)
    {
        var read = new List<JObject>();
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            var page = await GetActivitiesAsync(Watermark);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var activities = ((JArray)page.Json!["activities"]!).Cast<JObject>().ToList();
            Watermark = int.Parse((string)page.Json["watermark"]!, System.Globalization.CultureInfo.InvariantCulture);
            read.AddRange(activities);
            if (activities.Any(predicate))
            {
                return read;
            }

            if (activities.Count == 0)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("No matching activity; read: " + string.Join(" | ", read.Select(a => (string?)a["text"])));
    }

    public async Task<Response> SendAsync(HttpMethod method, string path, JToken? body, string? auth = "", IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(), Encoding.UTF8, "application/json");
        }

        return await SendRawAsync(request, auth, headers);
    }

    public async Task<Response> SendRawAsync(HttpRequestMessage request, string? auth = "", IDictionary<string, string>? headers = null)
    {
        var credential = auth == string.Empty ? Token : auth;
        if (!string.IsNullOrEmpty(credential))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JObject? json = null;
        if (text.StartsWith('{'))
        {
            json = JObject.Load(new Newtonsoft.Json.JsonTextReader(new StringReader(text)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None });
        }

        return new Response(response.StatusCode, json, text, response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase));
    }

    public void Dispose() => http.Dispose();

    public sealed record Response(HttpStatusCode Status, JObject? Json, string Text, IReadOnlyDictionary<string, string> Headers)
    {
        public string? ErrorCode => (string?)Json?["error"]?["code"];
    }
}
