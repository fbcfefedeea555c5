using System.Text;
using ComplaintBot.Cards.Tests.Support;
using Xunit.Abstractions;

namespace ComplaintBot.Cards.Tests;

/// <summary>
/// Teams refuses bot messages above roughly 100 KB (measured in UTF-16, budget ~80 KB for the whole activity,
/// which also carries the complaint document). The card itself must stay well under that.
/// </summary>
public sealed class SummarySizeTests(ITestOutputHelper output)
{
    private const int TeamsBudgetUtf16Bytes = 80 * 1024;

    [Theory]
    // Realistic: 20 files with ordinary names and the sample texts; under half the budget.
    [InlineData("zh-CN", 20, 24, false, 40 * 1024)]
    [InlineData("en-US", 20, 24, false, 40 * 1024)]
    // Worst case: 200-character file names and 20 000-character description and complaint texts (Chinese and
    // English); the card's caps keep it under 60% of the budget, leaving room for the rest of the activity.
    [InlineData("zh-CN", 20, 200, true, 48 * 1024)]
    [InlineData("en-US", 20, 200, true, 48 * 1024)]
    public void Summary_TwentyEvidenceItems_StaysWellUnderTeamsLimit(string locale, int files, int nameLength, bool hugeTexts, int limitUtf16Bytes)
    {
        var document = Samples.WithEvidence(locale == "zh-CN" ? Samples.FullChinese : Samples.English, files, nameLength);
        if (hugeTexts)
        {
            var huge = string.Concat(Enumerable.Repeat("二〇二六年十一月二十二日第二次使用时，水壶底座渗水。\n", 800));
            document["problem"]!["description"] = huge;
            document["problem"]!["objectiveDescription"] = huge;
            document["complaintText"]!["full"] = huge;
            document["complaintText"]!["english"] = huge;
        }

        var card = new ComplaintCards().Summary(document);

        var utf16 = card.Length * sizeof(char);
        var utf8 = Encoding.UTF8.GetByteCount(card);
        output.WriteLine($"{locale}, {files} files, names {nameLength} chars, huge texts {hugeTexts}: UTF-16 {utf16:N0} bytes, UTF-8 {utf8:N0} bytes");
        CardAssert.Valid(card);
        Assert.True(utf16 < limitUtf16Bytes, $"UTF-16 size {utf16:N0} bytes exceeds {limitUtf16Bytes:N0}");
        Assert.True(limitUtf16Bytes <= TeamsBudgetUtf16Bytes * 6 / 10, "the limit itself must stay well under the Teams budget");
    }
}
