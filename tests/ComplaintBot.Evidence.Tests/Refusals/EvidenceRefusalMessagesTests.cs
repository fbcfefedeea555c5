using ComplaintBot.Domain.Localization;
using ComplaintBot.Evidence.Refusals;

namespace ComplaintBot.Evidence.Tests.Refusals;

public sealed class EvidenceRefusalMessagesTests
{
    [Fact]
    public void GetText_EveryCode_HasItsOwnChineseAndEnglishMessage()
    {
        var messages = new EvidenceRefusalMessages(new EvidenceOptions());

        var texts = EvidenceRefusalCodes.All.Select(messages.GetText).ToList();

        Assert.All(texts, t => Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", t.Zh));
        Assert.All(texts, t => Assert.Matches("^[ -~]+$", t.En));
        Assert.Equal(texts.Count, texts.Select(t => t.Zh).Distinct().Count());
        Assert.Equal(texts.Count, texts.Select(t => t.En).Distinct().Count());
    }

    [Fact]
    public void Get_TooLargeWithConfiguredLimit_QuotesThatLimit()
    {
        var messages = new EvidenceRefusalMessages(new EvidenceOptions { MaxFileBytes = 5 * 1024 * 1024 + 512 * 1024 });

        Assert.Equal("这个文件超过 5.5 MB，请压缩后重新发送。", messages.Get(EvidenceRefusalCodes.TooLarge, ComplaintLocale.ZhCn));
        Assert.Equal("This file is larger than 5.5 MB. Please compress it and send it again.", messages.Get(EvidenceRefusalCodes.TooLarge, ComplaintLocale.EnUs));
    }
}
