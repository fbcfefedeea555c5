using ComplaintBot.Domain.Review;

namespace ComplaintBot.Domain.Tests.Review;

public class MaliciousSignalDetectorTests
{
    [Theory]
    [InlineData("不赔我500块我就给你差评", MaliciousSignalKind.Extortion)]
    [InlineData("如果不补偿我，我就发到网上曝光", MaliciousSignalKind.Extortion)]
    [InlineData("给我200我就删差评", MaliciousSignalKind.Extortion)]
    [InlineData("Pay me 1000 yuan or I will post one-star reviews everywhere", MaliciousSignalKind.Extortion)]
    [InlineData("我自己P了一张图当证据", MaliciousSignalKind.FabricatedEvidence)]
    [InlineData("I photoshopped the photo of the crack", MaliciousSignalKind.FabricatedEvidence)]
    public void Detect_Signals_Found(string text, MaliciousSignalKind expected)
    {
        Assert.Contains(MaliciousSignalDetector.Detect(text), s => s.Kind == expected);
    }

    [Theory]
    [InlineData("如7日内不处理，我将申请平台介入并向12315投诉")]
    [InlineData("If this is not resolved, I will complain to 12315")]
    [InlineData("卖家伪造了物流信息")]
    [InlineData("我已经给了差评，商家天天打电话让我删")]
    public void Detect_LawfulOrUnrelatedText_FindsNothing(string text)
    {
        Assert.Empty(MaliciousSignalDetector.Detect(text));
    }
}
