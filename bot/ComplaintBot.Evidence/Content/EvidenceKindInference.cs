using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Evidence.Content;

/// <summary>
/// A first guess of what a file is, from its sniffed type and the words in its name. The user can correct it;
/// the guess only saves a question when the name says it plainly.
/// </summary>
public static class EvidenceKindInference
{
    private static readonly string[] LogisticsHints = ["物流", "快递", "运单", "签收", "派送", "tracking", "logistics", "shipping", "delivery", "courier", "waybill"];
    private static readonly string[] ChatHints = ["聊天", "对话", "客服", "旺旺", "沟通", "chat", "conversation", "wangwang", "message", "messages"];
    private static readonly string[] ReceiptHints = ["发票", "收据", "小票", "凭证", "付款", "支付", "订单", "receipt", "invoice", "payment", "order"];

    /// <summary>Infers the kind of a file.</summary>
    /// <param name="name">The file name; may be null.</param>
    /// <param name="contentType">The sniffed content type.</param>
    /// <returns>The kind.</returns>
    public static EvidenceKind Infer(string? name, string contentType)
    {
        ArgumentNullException.ThrowIfNull(contentType);
        var n = name ?? string.Empty;

        // Names win over types: a screenshot called "物流.png" is a logistics record, not just a photo.
        if (HasAny(n, LogisticsHints))
        {
            return EvidenceKind.Logistics;
        }

        if (HasAny(n, ChatHints))
        {
            return EvidenceKind.Chat;
        }

        if (HasAny(n, ReceiptHints) && !contentType.StartsWith("video/", StringComparison.Ordinal))
        {
            return EvidenceKind.Receipt;
        }

        return contentType switch
        {
            _ when contentType.StartsWith("image/", StringComparison.Ordinal) => EvidenceKind.Photo,
            _ when contentType.StartsWith("video/", StringComparison.Ordinal) => EvidenceKind.Video,
            EvidenceContentTypes.Pdf or EvidenceContentTypes.PlainText => EvidenceKind.Document,
            _ => EvidenceKind.Other,
        };
    }

    private static bool HasAny(string name, string[] hints) => hints.Any(h => Contains(name, h));

    // Chinese hints match anywhere; English ones only as whole words, so "border.jpg" is not an order.
    private static bool Contains(string name, string hint)
    {
        if (!char.IsAsciiLetter(hint[0]))
        {
            return name.Contains(hint, StringComparison.Ordinal);
        }

        for (var i = name.IndexOf(hint, StringComparison.OrdinalIgnoreCase); i >= 0; i = name.IndexOf(hint, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = i + hint.Length;
            if ((i == 0 || !char.IsAsciiLetter(name[i - 1])) && (end == name.Length || !char.IsAsciiLetter(name[end])))
            {
                return true;
            }
        }

        return false;
    }
}
