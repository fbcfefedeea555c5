using System.Text;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>Reads and writes Chinese numerals: 两百九十九, 一千二 (=1200), 三百八 (=380), 一万二 (=12000), 一百零五.</summary>
internal static class ChineseNumerals
{
    public const string DigitChars = "零〇一二两三四五六七八九";
    public const string UnitChars = "十百千万亿拾佰仟";
    private const string Digits = "零一二三四五六七八九";

    public static bool IsNumeralChar(char c) => DigitChars.Contains(c, StringComparison.Ordinal) || UnitChars.Contains(c, StringComparison.Ordinal);

    /// <summary>Parses an integer written in Chinese numerals (ASCII digits may stand in for single digits); null when it is not one.</summary>
    public static long? Parse(string text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 24)
        {
            return null;
        }

        if (text.All(c => DigitValue(c) >= 0) && !text.Any(c => UnitChars.Contains(c, StringComparison.Ordinal)))
        {
            // Read digit by digit: 一二九 = 129.
            long plain = 0;
            foreach (var c in text)
            {
                plain = (plain * 10) + DigitValue(c);
            }

            return plain;
        }

        long total = 0, section = 0, number = 0, lastUnit = 0;
        var afterZero = false;
        var sawDigit = false;
        foreach (var c in text)
        {
            var digit = DigitValue(c);
            if (digit >= 0)
            {
                if (digit == 0)
                {
                    afterZero = true;
                }

                number = digit;
                sawDigit = true;
                continue;
            }

            var unit = UnitValue(c);
            if (unit == 0)
            {
                return null;
            }

            if (unit >= 10_000)
            {
                total = (total + section + number) * unit;
                section = 0;
            }
            else
            {
                // 十五 and 一百十: a bare 十 means one ten.
                section += (number == 0 && (!sawDigit || unit == 10) ? 1 : number) * unit;
            }

            number = 0;
            sawDigit = true;
            lastUnit = unit;
            afterZero = false;
        }

        // 一千二 and 三百八: a trailing digit right after 百/千/万 counts in the next lower unit.
        if (number > 0 && lastUnit >= 100 && !afterZero)
        {
            number *= lastUnit / 10;
        }

        return total + section + number;
    }

    /// <summary>Writes 1-9999 the way article numbers are written: 二十四, 一百四十八, 一千二百零七.</summary>
    public static string Format(int value)
    {
        if (value is <= 0 or >= 10_000)
        {
            return value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (value < 20 && value >= 10)
        {
            return "十" + (value > 10 ? Digits[value - 10].ToString() : string.Empty);
        }

        var builder = new StringBuilder();
        int[] units = [1000, 100, 10, 1];
        string[] names = ["千", "百", "十", string.Empty];
        var pendingZero = false;
        for (var i = 0; i < units.Length; i++)
        {
            var digit = value / units[i] % 10;
            if (digit == 0)
            {
                pendingZero = builder.Length > 0;
                continue;
            }

            if (pendingZero)
            {
                builder.Append('零');
                pendingZero = false;
            }

            builder.Append(Digits[digit]).Append(names[i]);
        }

        return builder.ToString();
    }

    private static int DigitValue(char c) => c switch
    {
        '零' or '〇' or '0' => 0,
        '一' or '1' => 1,
        '二' or '两' or '2' => 2,
        '三' or '3' => 3,
        '四' or '4' => 4,
        '五' or '5' => 5,
        '六' or '6' => 6,
        '七' or '7' => 7,
        '八' or '8' => 8,
        '九' or '9' => 9,
        _ => -1,
    };

    private static long UnitValue(char c) => c switch
    {
        '十' or '拾' => 10,
        '百' or '佰' => 100,
        '千' or '仟' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };
}
