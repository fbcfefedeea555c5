using System.Text;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Tests.Normalisation;

public sealed class CharacterFoldingTests
{
    [Fact]
    public void Fold_EveryUtf16Unit_WhatIcuMakesOfItAloneWhenThatIsOneUnit()
    {
        var wrong = new List<string>();
        for (var c = char.MinValue; ; c++)
        {
            var expected = IcuAlone(c);

            // Twice: the first call fills the table, the second reads it.
            if (CharacterFolding.Fold(c) != expected || CharacterFolding.Fold(c) != expected)
            {
                wrong.Add($"U+{(int)c:X4}");
            }

            if (c == char.MaxValue)
            {
                break;
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Prepare_TextWithANoncharacter_IsCheckedInsteadOfFailing()
    {
        Assert.Equal("差\uFFFF!", ComplaintBot.Domain.Review.ToneAnalyzer.Prepare("差\uFFFF！"));
    }

    [Fact]
    public void FoldEach_FullWidthChineseText_FoldsPunctuationAndDigitsKeepsLengthAndHanzi()
    {
        const string text = "用了３次就漏水，太差了！！（订单１２３）㎏";

        var folded = CharacterFolding.FoldEach(text);

        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("用了3次就漏水,太差了!!(订单123)㎏", folded);
    }

    private static char IcuAlone(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        try
        {
            return c.ToString().Normalize(NormalizationForm.FormKC) is { Length: 1 } one ? one[0] : c;
        }
        catch (ArgumentException)
        {
            return c;
        }
    }
}
