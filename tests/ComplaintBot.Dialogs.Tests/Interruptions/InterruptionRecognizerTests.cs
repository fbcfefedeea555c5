using ComplaintBot.Dialogs.Interruptions;

namespace ComplaintBot.Dialogs.Tests.Interruptions;

public sealed class InterruptionRecognizerTests
{
    [Theory]
    [InlineData("帮助", Interruption.Help)]
    [InlineData("帮助。", Interruption.Help)]
    [InlineData(" Help! ", Interruption.Help)]
    [InlineData("ｈｅｌｐ", Interruption.Help)]
    [InlineData("取消", Interruption.Cancel)]
    [InlineData("cancel", Interruption.Cancel)]
    [InlineData("重新开始", Interruption.Restart)]
    [InlineData("Start over", Interruption.Restart)]
    [InlineData("返回上一步", Interruption.Back)]
    [InlineData("上一步", Interruption.Back)]
    [InlineData("back", Interruption.Back)]
    [InlineData("跳过", Interruption.Skip)]
    [InlineData("skip", Interruption.Skip)]
    [InlineData("进度", Interruption.Status)]
    [InlineData("status?", Interruption.Status)]
    [InlineData("English please", Interruption.SwitchToEnglish)]
    [InlineData("说中文", Interruption.SwitchToChinese)]
    [InlineData("我的投诉", Interruption.MyComplaints)]
    [InlineData("delete my data", Interruption.DeleteMyData)]
    [InlineData("删除我的数据", Interruption.DeleteMyData)]
    public void Recognize_WholeCommand_ReturnsIt(string text, Interruption expected) =>
        Assert.Equal(expected, InterruptionRecognizer.Recognize(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("取消订单后卖家一直不退款")]
    [InlineData("the status page says it was delivered")]
    [InlineData("我需要帮助，水壶漏水了")]
    [InlineData("1944822463412702309")]
    [InlineData("😡😡😡")]
    public void Recognize_AnswerContainingACommandWord_ReturnsNone(string? text) =>
        Assert.Equal(Interruption.None, InterruptionRecognizer.Recognize(text));

    [Fact]
    public void Recognize_VeryLongText_ReturnsNoneWithoutScanningIt() =>
        Assert.Equal(Interruption.None, InterruptionRecognizer.Recognize(new string('帮', 20_000)));
}
