using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Tests.Support;

/// <summary>The sample complaint documents in Samples/, each call returning a fresh copy to modify.</summary>
internal static class Samples
{
    public static JsonObject FullChinese => Load("complaint.full.zh-CN.json");

    public static JsonObject Minimal => Load("complaint.minimal.json");

    public static JsonObject English => Load("complaint.en-US.json");

    public static JsonObject Load(string fileName) =>
        (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", fileName)))!;

    /// <summary>The document with <paramref name="count"/> evidence items of realistic names, kinds, sizes and hashes.</summary>
    public static JsonObject WithEvidence(JsonObject document, int count, int nameLength = 24)
    {
        string[] kinds = ["photo", "video", "chat", "logistics", "receipt", "document"];
        string[] kindNames = ["照片", "视频", "聊天记录", "物流截图", "付款凭证", "文件"];
        var evidence = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var stem = $"证据{i + 1:00}_" + new string('图', Math.Max(0, nameLength - 8));
            evidence.Add(new JsonObject
            {
                ["name"] = stem + (i % 2 == 0 ? ".jpg" : ".mp4"),
                ["contentType"] = i % 2 == 0 ? "image/jpeg" : "video/mp4",
                ["sizeBytes"] = 150_000L * (i + 1),
                ["sha256"] = string.Concat(Enumerable.Repeat($"{i:x2}a1b2c3d4e5f6", 5))[..64],
                ["kind"] = kinds[i % kinds.Length],
                ["kindName"] = kindNames[i % kindNames.Length],
            });
        }

        document["evidence"] = evidence;
        return document;
    }
}
