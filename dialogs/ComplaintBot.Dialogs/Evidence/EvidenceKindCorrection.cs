using System.Text;
using System.Text.RegularExpressions;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Dialogs.Evidence;

/// <summary>
/// Reads a correction of an evidence file's kind, said against the numbered list the bot shows: "2 聊天记录",
/// "第2个是物流截图", "1 receipt", "#3 is a video". The kind the intake inferred is a guess; the user knows better.
/// </summary>
public static partial class EvidenceKindCorrection
{
    private static readonly (EvidenceKind Kind, string[] Words)[] Vocabulary =
    [
        (EvidenceKind.Chat, ["聊天记录", "聊天截图", "聊天", "对话", "chat", "chat screenshot", "conversation"]),
        (EvidenceKind.Logistics, ["物流截图", "物流", "快递", "运单", "logistics", "tracking", "delivery", "shipping"]),
        (EvidenceKind.Receipt, ["发票", "收据", "小票", "订单截图", "付款记录", "receipt", "invoice", "order screenshot", "payment"]),
        (EvidenceKind.Video, ["视频", "录像", "video"]),
        (EvidenceKind.Photo, ["照片", "图片", "实物图", "photo", "picture", "image"]),
        (EvidenceKind.Document, ["文件", "文档", "鉴定报告", "报告", "document", "report", "pdf"]),
        (EvidenceKind.Other, ["其他", "其它", "other"]),
    ];

    /// <summary>Reads "number + kind" from a short message.</summary>
    /// <param name="text">The message text.</param>
    /// <param name="number">The 1-based position in the list, when read.</param>
    /// <param name="kind">The kind, when read.</param>
    /// <returns>True when the message is such a correction.</returns>
    public static bool TryParse(string? text, out int number, out EvidenceKind kind)
    {
        number = 0;
        kind = EvidenceKind.Other;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        var match = Pattern().Match(text.Normalize(NormalizationForm.FormKC).Trim().ToLowerInvariant());
        if (!match.Success || !int.TryParse(match.Groups["n"].Value, out number) || number < 1)
        {
            return false;
        }

        var said = match.Groups["kind"].Value.Trim();
        foreach (var (candidate, words) in Vocabulary)
        {
            if (words.Contains(said, StringComparer.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:第|no\.?\s*|#)?\s*(?<n>\d{1,2})\s*(?:个|份|号|张)?\s*(?:文件)?\s*(?:是|为|改成|改为|标为|=|:|is\s+(?:a\s+|an\s+)?|as\s+(?:a\s+|an\s+)?)?\s*(?<kind>.+?)[。.!！]?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
