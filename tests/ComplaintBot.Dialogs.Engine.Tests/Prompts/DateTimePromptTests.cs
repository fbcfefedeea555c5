using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests.Prompts;

public class DateTimePromptTests(ITestOutputHelper output)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Theory]
    [InlineData("上周三", "zh-CN", "2026-11-18")]
    [InlineData("我上周三买的", "zh-CN", "2026-11-18")]
    [InlineData("前天", "zh-CN", "2026-11-25")]
    [InlineData("3天前", "zh-CN", "2026-11-24")]
    [InlineData("双十一", "zh-CN", "2026-11-11")]
    [InlineData("5月1日", "zh-CN", "2026-05-01")]
    [InlineData("12月1日", "zh-CN", "2025-12-01")]
    [InlineData("2025年3月5日", "zh-CN", "2025-03-05")]
    [InlineData("3 days ago", "en-US", "2026-11-24")]
    [InlineData("yesterday", "en-US", "2026-11-26")]
    [InlineData("last wednesday", "en-US", "2026-11-18")]
    [InlineData("December 1", "en-US", "2025-12-01")]
    public void Recognize_PastOnly_ResolvesAgainstClockInShanghai(string text, string locale, string expected)
    {
        var resolutions = DateTimePrompt.Recognize(text, locale, TestClock.ShanghaiNow, Shanghai, pastOnly: true);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), resolutions[0].Date);
    }

    [Fact]
    public void Recognize_NoYearWithoutPastOnly_KeepsBothCandidatesInRecognizerOrder()
    {
        var resolutions = DateTimePrompt.Recognize("5月1日", "zh-CN", TestClock.ShanghaiNow, Shanghai, pastOnly: false);

        Assert.Equal(["2026-05-01", "2027-05-01"], resolutions.Select(r => r.Value));
        Assert.All(resolutions, r => Assert.Equal("XXXX-05-01", r.Timex));
    }

    [Theory]
    [InlineData("明天")]
    [InlineData("下周一")]
    [InlineData("没有日期")]
    [InlineData("")]
    public void Recognize_FutureOrNoDate_WithPastOnly_ReturnsNothing(string text)
    {
        Assert.Empty(DateTimePrompt.Recognize(text, "zh-CN", TestClock.ShanghaiNow, Shanghai, pastOnly: true));
    }

    [Fact]
    public void Recognize_UsesUserTimeZone_NotUtcDate()
    {
        // 17:30 UTC on the 27th is already 01:30 on the 28th in Shanghai.
        var now = new DateTimeOffset(2026, 11, 27, 17, 30, 0, TimeSpan.Zero);

        var resolutions = DateTimePrompt.Recognize("昨天", "zh-CN", now, Shanghai, pastOnly: true);

        Assert.Equal(new DateOnly(2026, 11, 27), resolutions[0].Date);
    }

    [Fact]
    public void Recognize_Range_FillsStartAndEnd()
    {
        var resolutions = DateTimePrompt.Recognize("上周", "zh-CN", TestClock.ShanghaiNow, Shanghai, pastOnly: false);

        Assert.NotNull(resolutions[0].Start);
        Assert.NotNull(resolutions[0].End);
        Assert.Equal(new DateOnly(2026, 11, 16), resolutions[0].Date);
    }

    [Fact]
    public async Task Prompt_PurchaseDate_ReturnsPastDate_AndRejectsFuture()
    {
        var prompt = new DateTimePrompt("date", TestClock.Create()) { PastOnly = true };
        var flow = Ask.Flow("date", Ask.Text("哪天买的？", "请告诉我购买日期"), r => ((IList<DateTimeResolution>)r!)[0].Value!);
        var client = new DialogTestClient(DialogTestClient.Handler("flow", flow, prompt), output: output);
        await client.SendAsync("go");

        Assert.Equal(["请告诉我购买日期"], Texts.Of(await client.SendAsync("明天")));
        Assert.Equal(["RESULT 2026-11-11"], Texts.Of(await client.SendAsync("双十一那天")));
    }

    [Fact]
    public void TimeZone_DefaultsToShanghai()
    {
        Assert.Equal(Shanghai.Id, new DateTimePrompt("d", TestClock.Create()).TimeZone.Id);
    }
}
