using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Dialogs.Tests.Evidence;

public sealed class EvidenceKindCorrectionTests
{
    [Theory]
    [InlineData("2 聊天记录", 2, EvidenceKind.Chat)]
    [InlineData("第2个是物流截图", 2, EvidenceKind.Logistics)]
    [InlineData("第１个改成发票", 1, EvidenceKind.Receipt)]
    [InlineData("3：视频", 3, EvidenceKind.Video)]
    [InlineData("1 receipt", 1, EvidenceKind.Receipt)]
    [InlineData("#3 is a video", 3, EvidenceKind.Video)]
    [InlineData("2 chat.", 2, EvidenceKind.Chat)]
    [InlineData("4 other", 4, EvidenceKind.Other)]
    public void TryParse_NumberAndKind_ReadsBoth(string text, int number, EvidenceKind kind)
    {
        Assert.True(EvidenceKindCorrection.TryParse(text, out var readNumber, out var readKind));
        Assert.Equal(number, readNumber);
        Assert.Equal(kind, readKind);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("完成")]
    [InlineData("2")]
    [InlineData("聊天记录")]
    [InlineData("0 聊天记录")]
    [InlineData("2 蓝色")]
    [InlineData("129元")]
    [InlineData("我还有2张聊天记录截图稍后发给你，现在先继续吧")]
    public void TryParse_AnythingElse_IsNotACorrection(string? text) =>
        Assert.False(EvidenceKindCorrection.TryParse(text, out _, out _));
}
