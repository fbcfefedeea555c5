using System.Globalization;
using System.Text.RegularExpressions;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>
/// Reads amounts of money (§10): 元/块/块钱/RMB/CNY/人民币/¥/￥ mean renminbi, $ means US dollars (A$, C$, HK$, S$
/// apart); Chinese numerals (两百九十九, 一千二, 三百八, 八十九块九), 1.2w, 1.2k, 1,299.00. Parsed here rather than by the
/// recognizer, which reads 八十九块九 as 89 and 1299.50元 also as a date.
/// </summary>
public static partial class AmountNormaliser
{
    private const int MaxInputLength = 20_000;
    private const decimal MaxAmount = 10_000_000m;

    /// <summary>Normalises one answer to "how much did you pay / do you claim?". A bare number counts as yuan.</summary>
    /// <param name="input">The user's answer.</param>
    /// <param name="locale">The language of the explanation.</param>
    /// <returns>The amount, or a refusal (none found, zero or negative, implausibly large).</returns>
    public static NormalisationResult<Money> Normalize(string? input, ComplaintLocale locale)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return NormalisationResult<Money>.Failure(NormalisationErrors.Empty, Texts.None.Get(locale));
        }

        var matches = FindAll(input, locale);
        var chosen = matches.FirstOrDefault(m => m.IsMarked) ?? (matches.Count == 1 ? matches[0] : null);
        if (chosen is null)
        {
            return NormalisationResult<Money>.Failure(NormalisationErrors.NoAmount, Texts.None.Get(locale));
        }

        if (chosen.IsNegative || chosen.Money.Value <= 0)
        {
            return NormalisationResult<Money>.Failure(NormalisationErrors.NotPositive, Texts.NotPositive.Get(locale));
        }

        if (chosen.Money.Value > MaxAmount)
        {
            return NormalisationResult<Money>.Failure(NormalisationErrors.OutOfRange, Texts.TooLarge.Get(locale));
        }

        var several = matches.Any(m => m.IsMarked && m.Money != chosen.Money);
        if (chosen.MaybeYen)
        {
            return NormalisationResult<Money>.Success(chosen.Money, needsConfirmation: true, note: Texts.Yen.Get(locale));
        }

        return several
            ? NormalisationResult<Money>.Success(chosen.Money, needsConfirmation: true, note: Texts.Several.Get(locale))
            : NormalisationResult<Money>.Success(chosen.Money);
    }

    /// <summary>Every amount in a text, in order, with whether it is clearly marked as money.</summary>
    internal static List<AmountMatch> FindAll(string text, ComplaintLocale locale)
    {
        var normalized = SafeText.Nfkc(text, MaxInputLength);
        var found = new List<AmountMatch>();
        foreach (Match m in Amount().Matches(normalized))
        {
            var value = ParseNumber(m.Groups["num"].Value);
            if (value is null)
            {
                continue;
            }

            var amount = value.Value * Multiplier(m.Groups["mul"].Value);
            if (m.Groups["jiao"].Success)
            {
                amount += (ChineseNumerals.Parse(m.Groups["jiao"].Value) ?? 0) / 10m;
            }

            var pre = m.Groups["pre"].Value;
            var unit = m.Groups["unit"].Value;
            var before = normalized[..m.Index];
            var marked = pre.Length > 0 || unit.Length > 0 || (PaymentWord().IsMatch(before) && !FollowedByWord(normalized, m.Index + m.Length));
            var currency = Currency(pre, unit);
            var maybeYen = locale == ComplaintLocale.EnUs && pre == "¥" && unit.Length == 0;
            var negative = before.EndsWith('-') || before.EndsWith('负');
            found.Add(new AmountMatch(m.Index, m.Length, new Money { Value = decimal.Round(amount, 2), Currency = currency }, marked, maybeYen, negative));
        }

        return found;
    }

    private static decimal? ParseNumber(string num)
    {
        if (num.Length == 0)
        {
            return null;
        }

        if (char.IsAsciiDigit(num[0]))
        {
            return decimal.TryParse(num.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d) ? d : null;
        }

        return ChineseNumerals.Parse(num);
    }

    private static decimal Multiplier(string mul) => mul.ToUpperInvariant() switch
    {
        "W" or "万" => 10_000m,
        "K" or "千" => 1_000m,
        _ => 1m,
    };

    private static string Currency(string pre, string unit)
    {
        var marker = (unit.Length > 0 ? unit : pre).ToUpperInvariant();
        return marker switch
        {
            "$" or "US$" or "USD" or "DOLLAR" or "DOLLARS" or "BUCKS" or "美元" or "美金" => "USD",
            "HK$" => "HKD",
            "A$" => "AUD",
            "C$" => "CAD",
            "S$" => "SGD",
            _ => Money.Cny,
        };
    }

    // "花了三天" must not become three yuan: a payment word only marks a number that stands alone.
    private static bool FollowedByWord(string text, int end) =>
        end < text.Length && (char.IsLetter(text[end]) || char.IsAsciiDigit(text[end]));

    [GeneratedRegex(
        @"(?<pre>US\$|HK\$|A\$|C\$|S\$|\$|¥|RMB|CNY|USD|人民币)?\s?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)(?<mul>[wWkK](?![a-zA-Z])|万|千)?\s?(?:(?<unit>块钱|块|元|圆|人民币|RMB|CNY|USD|yuan|kuai|dollars?|bucks|美元|美金)(?![a-zA-Z])(?:(?<jiao>\d|[一二两三四五六七八九])(?:毛钱|毛|角钱|角)?(?![\d个件台只双套天号日月年]))?)?",
        RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?:实付款?|实际支付|付了|花了|支付了?|付款|价格|价钱|售价|paid|spent|cost me|price)\s*(?:是|为)?\s*[:：]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PaymentWord();

    private static class Texts
    {
        public static readonly LocalizedText None = new(
            "没看出金额。请直接告诉我数字，比如「129元」或「89.9」。",
            "I couldn't find an amount. Please give the number, for example \"129 yuan\" or \"89.90\".");

        public static readonly LocalizedText NotPositive = new(
            "金额要大于0，请再核对一下实际付款的数目。",
            "The amount has to be more than zero; please check what you actually paid.");

        public static readonly LocalizedText TooLarge = new(
            "这个金额太大了，不像一笔网购订单，请再核对一下。",
            "That amount is too large for an online order; please check it.");

        public static readonly LocalizedText Yen = new(
            "「¥」既可能是人民币也可能是日元，这里先按人民币记，不对的话请告诉我。",
            "\"¥\" can mean Chinese yuan or Japanese yen; I have taken it as yuan (CNY). Tell me if it was yen.");

        public static readonly LocalizedText Several = new(
            "消息里有好几个金额，我先记下第一个，请确认这是实付金额。",
            "Your message has several amounts; I took the first one. Please confirm it is the amount you paid.");
    }
}
