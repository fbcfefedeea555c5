using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>
/// Normalises a Taobao/Tmall order number (§2.2): NFKC (full-width digits), labels, spaces and dashes removed,
/// digits only, at most 19 (it is a 64-bit integer), usually 18-19. Tracking and Alipay numbers are refused with
/// an explanation of the difference.
/// </summary>
public static partial class OrderNumberNormaliser
{
    private const int MaxInputLength = 200;
    private const int MaxDigits = 19;

    /// <summary>Normalises one answer to "what is your order number?".</summary>
    /// <param name="input">The user's answer.</param>
    /// <param name="locale">The language of the explanation.</param>
    /// <param name="options">Rule settings; defaults when null.</param>
    /// <returns>The digits, or a refusal explaining where to find the real order number.</returns>
    public static NormalisationResult<string> Normalize(string? input, ComplaintLocale locale, ComplaintRulesOptions? options = null)
    {
        options ??= ComplaintRulesOptions.Default;
        if (string.IsNullOrWhiteSpace(input))
        {
            return NormalisationResult<string>.Failure(NormalisationErrors.Empty, Texts.Empty.Get(locale));
        }

        if (input.Length > MaxInputLength)
        {
            return NormalisationResult<string>.Failure(NormalisationErrors.TooLong, Texts.NotANumber.Get(locale));
        }

        var text = Label().Replace(SafeText.Nfkc(input, MaxInputLength).Trim(), string.Empty);
        var compact = Separators().Replace(text, string.Empty).TrimEnd('。', '.', '，', ',');
        if (compact.Length == 0)
        {
            return NormalisationResult<string>.Failure(NormalisationErrors.Empty, Texts.Empty.Get(locale));
        }

        if (compact.Any(char.IsAsciiLetter) && compact.Any(char.IsAsciiDigit) && compact.All(char.IsAsciiLetterOrDigit))
        {
            return NormalisationResult<string>.Failure(NormalisationErrors.TrackingNumber, Texts.Tracking.Get(locale));
        }

        if (!compact.All(char.IsAsciiDigit))
        {
            return NormalisationResult<string>.Failure(NormalisationErrors.NotANumber, Texts.NotANumber.Get(locale));
        }

        return Check(compact, locale, options);
    }

    /// <summary>Checks a string that is already digits only (used by the fact extractor too).</summary>
    internal static NormalisationResult<string> Check(string digits, ComplaintLocale locale, ComplaintRulesOptions options)
    {
        var n = digits.Length.ToString(CultureInfo.InvariantCulture);
        if (digits.Length is >= 26 and <= 32)
        {
            return NormalisationResult<string>.Failure(NormalisationErrors.AlipayNumber, Format(Texts.Alipay.Get(locale), n));
        }

        if (digits.Length > MaxDigits || !long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return NormalisationResult<string>.Failure(NormalisationErrors.TooManyDigits, Format(Texts.TooMany.Get(locale), n));
        }

        if (digits.Length < options.MinOrderIdLength)
        {
            return NormalisationResult<string>.Failure(NormalisationErrors.TooShort, Format(Texts.TooShort.Get(locale), n));
        }

        return digits.Length >= 18
            ? NormalisationResult<string>.Success(digits)
            : NormalisationResult<string>.Success(digits, needsConfirmation: true, note: Format(Texts.Unusual.Get(locale), n));
    }

    private static string Format(string template, string count) => template.Replace("{n}", count, StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:(?:主|子)?订单(?:编号|号码|号)|order\s*(?:number|no\.?|id|#)?|#)\s*(?:是|为|:)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"[\s\-_‐‑‒–—―·]+")]
    private static partial Regex Separators();

    private static class Texts
    {
        public static readonly LocalizedText Empty = new(
            "没看到订单号。订单号是一串18到19位的数字，在「我的淘宝 → 已买到的宝贝 → 订单详情」里的「订单编号」处点「复制」就能拿到。",
            "I couldn't see an order number. It is a string of 18-19 digits: open My Taobao → My orders → the order's details and copy the \"Order number\".");

        public static readonly LocalizedText NotANumber = new(
            "订单号是纯数字。请在「已买到的宝贝 → 订单详情」里复制「订单编号」，直接发给我就行。",
            "An order number is digits only. Please copy the \"Order number\" from the order's details page and send just that.");

        public static readonly LocalizedText Tracking = new(
            "这串号码里有字母，更像是快递单号（运单号），不是订单号。快递单号由快递公司编号，常带 YT、SF、JT 这类字母；订单号是淘宝生成的纯数字，一般18到19位，在「订单详情」里的「订单编号」处可以复制。",
            "That number contains letters, so it looks like a courier tracking number rather than an order number. Tracking numbers come from the courier and often start with letters such as YT, SF or JT; the order number is issued by Taobao, is digits only (usually 18-19) and can be copied from the order's details page.");

        public static readonly LocalizedText Alipay = new(
            "这串数字有{n}位，看起来像支付宝交易号。支付宝交易号是付款记录的编号，比订单号长；订单号最多19位，请到「已买到的宝贝 → 订单详情」复制「订单编号」。",
            "That number has {n} digits, so it looks like an Alipay transaction number. That numbers the payment and is longer than an order number, which has at most 19 digits. Please copy the \"Order number\" from My orders → order details.");

        public static readonly LocalizedText TooMany = new(
            "这串数字有{n}位，而订单号最多19位，可能多粘贴了别的内容。请到「订单详情」里复制「订单编号」再发给我。",
            "That number has {n} digits, but an order number has at most 19; something extra may have been pasted. Please copy the \"Order number\" from the order's details page.");

        public static readonly LocalizedText TooShort = new(
            "这串数字只有{n}位，比订单号短。订单号一般是18到19位数字，请到「订单详情」里复制完整的「订单编号」。",
            "That number has only {n} digits, which is too short for an order number (usually 18-19 digits). Please copy the full \"Order number\" from the order's details page.");

        public static readonly LocalizedText Unusual = new(
            "这个订单号是{n}位，比常见的18到19位短一些，请核对一下是否完整。",
            "This order number has {n} digits, a little shorter than the usual 18-19; please check it is complete.");
    }
}
