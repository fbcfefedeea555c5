using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Tests.Normalisation;

public class AmountNormaliserTests
{
    [Theory]
    [InlineData("129元", "129", "CNY")]
    [InlineData("129", "129", "CNY")]
    [InlineData("两百九十九块", "299", "CNY")]
    [InlineData("一千二", "1200", "CNY")]
    [InlineData("三百八", "380", "CNY")]
    [InlineData("四百二十块钱", "420", "CNY")]
    [InlineData("89块9", "89.9", "CNY")]
    [InlineData("八十九块九", "89.9", "CNY")]
    [InlineData("八十九块九毛钱", "89.9", "CNY")]
    [InlineData("1.2w", "12000", "CNY")]
    [InlineData("1.2万", "12000", "CNY")]
    [InlineData("1.2k", "1200", "CNY")]
    [InlineData("1,299.00", "1299", "CNY")]
    [InlineData("1299.50元", "1299.5", "CNY")]
    [InlineData("￥１２９", "129", "CNY")]
    [InlineData("¥129", "129", "CNY")]
    [InlineData("RMB 129", "129", "CNY")]
    [InlineData("CNY129.5", "129.5", "CNY")]
    [InlineData("人民币一百二十九元", "129", "CNY")]
    [InlineData("129 yuan", "129", "CNY")]
    [InlineData("$25.99", "25.99", "USD")]
    [InlineData("HK$300", "300", "HKD")]
    [InlineData("实付一百二", "120", "CNY")]
    [InlineData("我付了129元，运费另算", "129", "CNY")]
    public void Normalize_CommonForms_ReadsAmount(string input, string value, string currency)
    {
        var result = AmountNormaliser.Normalize(input, ComplaintLocale.ZhCn);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), result.Value!.Value);
        Assert.Equal(currency, result.Value.Currency);
    }

    [Theory]
    [InlineData("0元", NormalisationErrors.NotPositive)]
    [InlineData("-129", NormalisationErrors.NotPositive)]
    [InlineData("负100元", NormalisationErrors.NotPositive)]
    [InlineData("不记得了", NormalisationErrors.NoAmount)]
    [InlineData("", NormalisationErrors.Empty)]
    [InlineData("99999999999元", NormalisationErrors.OutOfRange)]
    public void Normalize_BadAmounts_Refused(string input, string code)
    {
        var result = AmountNormaliser.Normalize(input, ComplaintLocale.ZhCn);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public void Normalize_YenSignInEnglish_AcceptedAsYuanButAsksToConfirm()
    {
        var result = AmountNormaliser.Normalize("¥500", ComplaintLocale.EnUs);

        Assert.True(result.IsSuccess);
        Assert.True(result.NeedsConfirmation);
        Assert.Equal("CNY", result.Value!.Currency);
    }

    [Fact]
    public void Normalize_LongText_DoesNotThrow()
    {
        var text = string.Concat(Enumerable.Repeat("质量很差，", 4000)) + "实付129元";

        var result = AmountNormaliser.Normalize(text, ComplaintLocale.ZhCn);

        Assert.False(result.IsSuccess && result.Value!.Value != 129m);
    }
}
