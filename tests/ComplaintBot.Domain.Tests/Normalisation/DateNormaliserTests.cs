using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Tests.Normalisation;

public class DateNormaliserTests
{
    // Friday 27 November 2026 in Asia/Shanghai, the reference date of the domain notes.
    private static readonly DateOnly Today = new(2026, 11, 27);

    [Theory]
    [InlineData("上周三", "2026-11-18", false)]
    [InlineData("上星期三", "2026-11-18", false)]
    [InlineData("这周一", "2026-11-23", false)]
    [InlineData("周三", "2026-11-25", false)]
    [InlineData("前天", "2026-11-25", false)]
    [InlineData("大前天", "2026-11-24", false)]
    [InlineData("昨天", "2026-11-26", false)]
    [InlineData("今天", "2026-11-27", false)]
    [InlineData("双十一", "2026-11-11", false)]
    [InlineData("双11那天买的", "2026-11-11", false)]
    [InlineData("双十二", "2025-12-12", false)]
    [InlineData("上个月20号", "2026-10-20", false)]
    [InlineData("本月3号", "2026-11-03", false)]
    [InlineData("20号", "2026-11-20", false)]
    [InlineData("28号", "2026-10-28", false)]
    [InlineData("11月3日", "2026-11-03", false)]
    [InlineData("１１月３日", "2026-11-03", false)]
    [InlineData("十一月三号", "2026-11-03", false)]
    [InlineData("12月25日", "2025-12-25", false)]
    [InlineData("去年12月25日", "2025-12-25", false)]
    [InlineData("2026-11-03", "2026-11-03", false)]
    [InlineData("2026/11/3", "2026-11-03", false)]
    [InlineData("2026年11月3日", "2026-11-03", false)]
    [InlineData("3天前", "2026-11-24", false)]
    [InlineData("半个月前", "2026-11-12", true)]
    [InlineData("两周前", "2026-11-13", true)]
    [InlineData("3 days ago", "2026-11-24", false)]
    [InlineData("a week ago", "2026-11-20", true)]
    [InlineData("yesterday", "2026-11-26", false)]
    [InlineData("the day before yesterday", "2026-11-25", false)]
    [InlineData("last Friday", "2026-11-20", true)]
    [InlineData("last Wednesday", "2026-11-25", true)]
    [InlineData("on Monday", "2026-11-23", false)]
    [InlineData("Nov 3", "2026-11-03", false)]
    [InlineData("November 3rd, 2026", "2026-11-03", false)]
    [InlineData("3rd of November", "2026-11-03", false)]
    [InlineData("Dec 24", "2025-12-24", false)]
    [InlineData("Singles' Day", "2026-11-11", false)]
    public void Normalize_Expressions_ResolveRelativeToToday(string input, string expected, bool approximate)
    {
        var result = DateNormaliser.Normalize(input, Today, ComplaintLocale.ZhCn);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Value!.Date);
        Assert.Equal(approximate, result.Value.IsApproximate);
        Assert.Equal(approximate, result.NeedsConfirmation);
    }

    [Theory]
    [InlineData("明天")]
    [InlineData("2026-12-03")]
    [InlineData("下周一")]
    [InlineData("tomorrow")]
    public void Normalize_FutureDateWhenPastRequired_Refused(string input)
    {
        var result = DateNormaliser.Normalize(input, Today, ComplaintLocale.EnUs);

        Assert.False(result.IsSuccess);
        Assert.Equal(NormalisationErrors.FutureDate, result.ErrorCode);
    }

    [Fact]
    public void Normalize_FutureDateAllowed_Accepted()
    {
        var result = DateNormaliser.Normalize("2026-12-03", Today, ComplaintLocale.ZhCn, mustNotBeFuture: false);

        Assert.Equal(new DateOnly(2026, 12, 3), result.Value!.Date);
    }

    [Theory]
    [InlineData("1299.50元")]
    [InlineData("八十九块九")]
    [InlineData("不记得了")]
    [InlineData("2026-02-30")]
    [InlineData("")]
    public void Normalize_NoDateOrAmountOnly_Refused(string input)
    {
        var result = DateNormaliser.Normalize(input, Today, ComplaintLocale.ZhCn);

        Assert.False(result.IsSuccess);
    }

    [Fact]
    public void Normalize_RecognizerFallback_ReadsOtherEnglishForms()
    {
        var result = DateNormaliser.Normalize("the third of November", Today, ComplaintLocale.EnUs);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(new DateOnly(2026, 11, 3), result.Value!.Date);
    }

    [Fact]
    public void Normalize_LongText_FindsDateWithoutThrowing()
    {
        var text = string.Concat(Enumerable.Repeat("水壶一直漏水。", 2800)) + "上周三买的";

        var result = DateNormaliser.Normalize(text, Today, ComplaintLocale.ZhCn);

        Assert.Equal(new DateOnly(2026, 11, 18), result.Value!.Date);
    }
}
