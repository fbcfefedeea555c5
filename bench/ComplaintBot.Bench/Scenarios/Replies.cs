using System.Text.Json.Nodes;

namespace ComplaintBot.Bench.Scenarios;

/// <summary>Reads the parts of the bot's replies a client acts on.</summary>
internal static class Replies
{
    /// <summary>The step hint of the last reply that carries one.</summary>
    public static string? LastStep(JsonArray replies) =>
        replies.Select(r => r?["channelData"]?["complaintBot"]?["step"]?.GetValue<string>()).LastOrDefault(step => step is not null);

    /// <summary>The complaint document: the <c>value</c> of the summary message.</summary>
    public static JsonObject? Summary(JsonArray replies) =>
        replies.Select(r => r?["value"] as JsonObject).LastOrDefault(value => value?["complaintText"] is not null);

    public static string Text(JsonArray replies) =>
        string.Join(" / ", replies.Select(r => r?["text"]?.GetValue<string>()).Where(t => t is not null));
}
