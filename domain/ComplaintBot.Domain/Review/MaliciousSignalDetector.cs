using System.Text.RegularExpressions;

namespace ComplaintBot.Domain.Review;

/// <summary>
/// Detects §9.3 signals: "pay me or I post a bad review" and self-made evidence. A lawful next step
/// ("otherwise I will complain to 12315") is not a signal; trading a review or publicity for money is.
/// </summary>
public static partial class MaliciousSignalDetector
{
    /// <summary>Every signal in <paramref name="text"/>.</summary>
    /// <param name="text">The user's words.</param>
    /// <returns>The signals; empty for an ordinary complaint.</returns>
    public static IReadOnlyList<MaliciousSignal> Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var source = ToneAnalyzer.Prepare(text);
        var found = new List<MaliciousSignal>();
        Add(found, MaliciousSignalKind.Extortion, ChineseExtortion(), source);
        Add(found, MaliciousSignalKind.Extortion, ChineseReviewForMoney(), source);
        Add(found, MaliciousSignalKind.Extortion, EnglishExtortion(), source);
        Add(found, MaliciousSignalKind.FabricatedEvidence, ChineseFabrication(), source);
        Add(found, MaliciousSignalKind.FabricatedEvidence, EnglishFabrication(), source);
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        return found;
    }

    private static void Add(List<MaliciousSignal> found, MaliciousSignalKind kind, Regex pattern, string source)
    {
        foreach (Match m in pattern.Matches(source))
        {
            found.Add(new MaliciousSignal(kind, m.Value, m.Index));
        }
    }

    [GeneratedRegex(@"(?:不|没|再不|要是不|如果不)[^。！？!?\n，,]{0,12}(?:赔|退|给钱|补偿|返现)[^。！？!?\n]{0,10}(?:就|我就|我会|我要|我将)[^。！？!?\n]{0,8}(?:差评|曝光|发到网上|发网上|上黑猫|发微博|发抖音|发小红书|发朋友圈|挂你|挂到网上)|不(?:给钱|赔钱|退钱)就(?:给你)?(?:差评|曝光)")]
    private static partial Regex ChineseExtortion();

    [GeneratedRegex(@"(?:给|赔|补偿|转)我[^。！？!?\n]{0,10}(?:就|我就|才)[^。！？!?\n]{0,4}(?:删|撤|改)(?:掉)?(?:差评|评价)")]
    private static partial Regex ChineseReviewForMoney();

    [GeneratedRegex(@"\b(?:pay|refund|compensate|give)\b[^.!?\n]{0,50}\bor (?:else )?(?:i|we)(?:'ll| will| am going to)?\b[^.!?\n]{0,30}\b(?:reviews?|one[- ]star|1[- ]star|post|expose|social media|tiktok|weibo|xiaohongshu)|\bunless you (?:pay|refund|compensate)[^.!?\n]{0,60}\b(?:reviews?|one[- ]star|1[- ]star|post|expose)|\b(?:remove|delete|change) (?:my|the) (?:bad |negative )?review if you (?:pay|give|send)", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishExtortion();

    [GeneratedRegex(@"(?:我|自己)[^。！？!?\n，,]{0,6}(?:[Pp][Ss]?|修|伪造|编造|捏造|篡改)(?:了|的|过)[^。！？!?\n]{0,4}(?:图|照片|截图|聊天记录|证据|订单|生产日期)|(?:我|自己)[^。！？!?\n]{0,6}(?:改了|涂改)[^。！？!?\n]{0,4}生产日期|(?:我|自己)[^。！？!?\n]{0,8}(?:掉包|调包)")]
    private static partial Regex ChineseFabrication();

    [GeneratedRegex(@"\bi\b[^.!?\n]{0,20}\b(?:photoshopped|faked|fabricated|doctored|forged)\b[^.!?\n]{0,20}\b(?:photos?|pictures?|evidence|receipts?|screenshots?|chats?|date)\b|\bi\b[^.!?\n]{0,20}\bswapped (?:it|the (?:item|product))", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFabrication();
}
