using System.Globalization;
using System.Security.Cryptography;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Scale.Tests;

/// <summary>What one simulated shopper says, generated per conversation, and what the complaint must then say.</summary>
public sealed class ConversationScript
{
    private static readonly string[] Items = ["电热水壶", "空气炸锅", "蓝牙耳机", "电饭煲", "吹风机", "扫地机器人"];
    private static readonly string[] Shops = ["暖禾家电旗舰店", "声悦数码专营店", "家好生活馆", "小美电器旗舰店"];

    public ConversationScript(int index, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Index = index;
        OrderId = "1" + string.Concat(Enumerable.Range(0, 18).Select(_ => random.Next(10).ToString(CultureInfo.InvariantCulture)));
        Item = Items[random.Next(Items.Length)];
        Shop = Shops[random.Next(Shops.Length)];
        Amount = random.Next(60, 900);
        var token = new string(Enumerable.Range(0, 6).Select(_ => (char)('A' + random.Next(26))).ToArray());
        Description = $"收到后第一次使用就出现故障，无法正常工作，外壳也有裂纹，记录编号{token}。";
        FileCount = random.Next(2, 5);
        Files = Enumerable.Range(0, FileCount).Select(i => UniqueImage(i)).ToList();
    }

    public int Index { get; }

    public string OrderId { get; }

    public string Item { get; }

    public string Shop { get; }

    public int Amount { get; }

    public string Description { get; }

    public int FileCount { get; }

    /// <summary>Gets the evidence files: distinct bytes each, so content addressing keeps them apart.</summary>
    public IReadOnlyList<(string Name, string ContentType, byte[] Bytes)> Files { get; }

    /// <summary>The text answer for a step, or null for steps answered otherwise (evidence).</summary>
    public string? Answer(string step) => step switch
    {
        InterviewStep.OrderId => OrderId,
        InterviewStep.Item => Item,
        InterviewStep.Shop => Shop,
        InterviewStep.PurchaseDate => "11月3日",
        InterviewStep.AmountPaid => Amount.ToString(CultureInfo.InvariantCulture) + "元",
        InterviewStep.DeliveredDate => "11月5日",
        InterviewStep.ProblemType => "质量问题",
        InterviewStep.Description => Description,
        InterviewStep.DiscoveredDate => "11月6日",
        InterviewStep.ContactedSeller => "否",
        InterviewStep.OutcomeType => "退货退款",
        InterviewStep.Confirm => "是",
        _ => null,
    };

    public static Attachment AsAttachment((string Name, string ContentType, byte[] Bytes) file) => new()
    {
        Name = file.Name,
        ContentType = file.ContentType,
        ContentUrl = $"data:{file.ContentType};base64,{Convert.ToBase64String(file.Bytes)}",
    };

    /// <summary>Compares the finished complaint with what was said; returns what differs (empty when equal).</summary>
    public List<string> Differences(JObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var differences = new List<string>();
        void Check(string what, string? actual, string expected)
        {
            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                differences.Add($"{what}: expected '{expected}', got '{actual}'");
            }
        }

        Check("orderId", (string?)document["order"]?["orderId"], OrderId);
        Check("item", (string?)document["order"]?["item"], Item);
        Check("shop", (string?)document["order"]?["shop"], Shop);
        Check("amount", ((decimal?)document["order"]?["amountPaid"]?["value"])?.ToString("0", CultureInfo.InvariantCulture), Amount.ToString(CultureInfo.InvariantCulture));
        Check("description", (string?)document["problem"]?["description"], Description);
        Check("problem", (string?)document["problem"]?["type"], "quality_defect");
        Check("outcome", (string?)document["outcome"]?["type"], "return_refund");
        var expected = Files.Select(f => SampleFiles.Sha256(f.Bytes)).Order(StringComparer.Ordinal).ToList();
        var actual = ((JArray?)document["evidence"] ?? []).Select(e => (string?)e["sha256"] ?? "?").Order(StringComparer.Ordinal).ToList();
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            differences.Add($"evidence: expected {expected.Count} files, got {actual.Count} ({actual.Except(expected).Count()} unexpected, {expected.Except(actual).Count()} missing)");
        }

        return differences;
    }

    private static (string, string, byte[]) UniqueImage(int i)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        if (i % 2 == 0)
        {
            var jpeg = SampleFiles.Jpeg;
            return ($"照片{i + 1}.jpg", "image/jpeg", [.. jpeg[..^2], .. salt, .. jpeg[^2..]]);
        }

        return ($"聊天记录{i + 1}.png", "image/png", [.. SampleFiles.Png, .. salt]);
    }
}
