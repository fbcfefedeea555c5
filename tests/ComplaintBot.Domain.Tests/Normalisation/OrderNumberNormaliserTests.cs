using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Tests.Normalisation;

public class OrderNumberNormaliserTests
{
    [Theory]
    [InlineData("1944822463412702309", "1944822463412702309")]
    [InlineData("３９８７ ２１０５ ５６４３ ０２１８ ７７４", "3987210556430218774")]
    [InlineData("订单号：1944-8224-6341-2702-309", "1944822463412702309")]
    [InlineData("订单编号 194482246341270230", "194482246341270230")]
    [InlineData("Order No. 1944 8224 6341 2702 309", "1944822463412702309")]
    [InlineData("　１９４４８２２４６３４１２７０２３０９　", "1944822463412702309")]
    public void Normalize_ValidNumbers_ReturnsDigits(string input, string expected)
    {
        var result = OrderNumberNormaliser.Normalize(input, ComplaintLocale.ZhCn);

        Assert.True(result.IsSuccess, result.Message);
        Assert.Equal(expected, result.Value);
        Assert.False(result.NeedsConfirmation);
    }

    [Theory]
    [InlineData("YT7531234567890", NormalisationErrors.TrackingNumber)]
    [InlineData("SF1234567890123", NormalisationErrors.TrackingNumber)]
    [InlineData("2026112722001456789012345678", NormalisationErrors.AlipayNumber)]
    [InlineData("19448224634127023091", NormalisationErrors.TooManyDigits)]
    [InlineData("9999999999999999999", NormalisationErrors.TooManyDigits)]
    [InlineData("12345", NormalisationErrors.TooShort)]
    [InlineData("不知道", NormalisationErrors.NotANumber)]
    [InlineData("   ", NormalisationErrors.Empty)]
    [InlineData(null, NormalisationErrors.Empty)]
    public void Normalize_InvalidNumbers_RefusesWithCode(string? input, string code)
    {
        var result = OrderNumberNormaliser.Normalize(input, ComplaintLocale.ZhCn);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Theory]
    [InlineData(ComplaintLocale.ZhCn, "快递单号")]
    [InlineData(ComplaintLocale.EnUs, "tracking number")]
    public void Normalize_TrackingNumber_ExplainsDifferenceInUserLanguage(ComplaintLocale locale, string expected)
    {
        var result = OrderNumberNormaliser.Normalize("JT3056789012345", locale);

        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ComplaintLocale.ZhCn, "支付宝交易号")]
    [InlineData(ComplaintLocale.EnUs, "Alipay transaction number")]
    public void Normalize_AlipayNumber_ExplainsDifferenceInUserLanguage(ComplaintLocale locale, string expected)
    {
        var result = OrderNumberNormaliser.Normalize("2026112722001456789012345678", locale);

        Assert.Contains(expected, result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_SixteenDigits_AcceptedButAsksToCheck()
    {
        var result = OrderNumberNormaliser.Normalize("1234567890123456", ComplaintLocale.ZhCn);

        Assert.True(result.IsSuccess);
        Assert.True(result.NeedsConfirmation);
        Assert.Contains("16", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_HugeInput_RefusesWithoutThrowing()
    {
        var result = OrderNumberNormaliser.Normalize(new string('1', 20_000), ComplaintLocale.EnUs);

        Assert.False(result.IsSuccess);
    }
}
