using System.Text;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Tests.Normalisation;

public sealed class SafeTextTests
{
    [Fact]
    public void Nfkc_SameTextTwiceAndItsOwnResult_SameAnswerWithoutNormalizingAgain()
    {
        var text = new string("订单１２３，实付１２９元".AsSpan());

        var first = SafeText.Nfkc(text, 100);

        Assert.Equal("订单123,实付129元", first);
        Assert.Same(first, SafeText.Nfkc(text, 100));
        Assert.Same(first, SafeText.Nfkc(first, 100));
    }

    [Fact]
    public void Nfkc_ShorterLimitAfterALongerOne_ClipsAgain()
    {
        var text = new string("１２３４５６７８".AsSpan());

        Assert.Equal("12345678", SafeText.Nfkc(text, 100));
        Assert.Equal("1234", SafeText.Nfkc(text, 4));
        Assert.Equal("12", SafeText.Nfkc(SafeText.Nfkc(text, 4), 2));
    }

    [Fact]
    public void Nfkc_AnyText_SameAsClipRepairNormalize()
    {
        string[] texts = ["㎏装，３件", "\uD83D漏水", "plain", "ｱｲｳ", "差差差差差差"];
        foreach (var text in texts.Concat(texts))
        {
            Assert.Equal(SafeText.Repair(SafeText.Clip(text, 5)).Normalize(NormalizationForm.FormKC), SafeText.Nfkc(text, 5));
        }
    }
}
