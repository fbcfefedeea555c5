using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Dialogs.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Tests.Interview;

/// <summary>
/// Transcript tables: each row is what the user says and the step the bot must be asking afterwards (the
/// <c>channelData.complaintBot.step</c> hint of its last question), optionally with text the reply must contain.
/// </summary>
public sealed class InterviewTranscriptTests(ITestOutputHelper output)
{
    private const string OrderId = "1944822463412702309";

    public static TheoryData<string, string, string[]> Scripts => new()
    {
        {
            "happy path up to evidence, zh", "zh-CN",
            [
                "你好 => order.orderId",
                OrderId + " => order.item",
                "电热水壶 => order.shop",
                "暖禾家电旗舰店 => order.purchaseDate",
                "11月3日 => order.amountPaid",
                "129元 => order.deliveredDate",
                "11月5日 => problem.type",
                "质量问题 => problem.description",
                "烧水时壶底漏水，桌面被打湿。 => problem.discoveredDate",
                "11月20日 => problem.contactedSeller",
                "否 => outcome.type",
                "退货退款 => evidence",
            ]
        },
        {
            "happy path up to evidence, en", "en-US",
            [
                "hello => order.orderId",
                OrderId + " => order.item",
                "electric kettle => order.shop",
                "Warmhome Appliances Flagship Store => order.purchaseDate",
                "2026-11-03 => order.amountPaid",
                "129 yuan => order.deliveredDate",
                "2026-11-05 => problem.type",
                "quality problem => problem.description",
                "The base of the kettle leaks water when boiling. => problem.discoveredDate",
                "yesterday => problem.contactedSeller",
                "yes => problem.contactedSeller",
                "They offered 5 yuan only. => outcome.type",
                "return and refund => evidence",
            ]
        },
        {
            "slot filling from the first message, confirmed once", "zh-CN",
            [
                "订单号1944822463412702309，上周三在暖禾家电旗舰店买的水壶，129元，漏水 => confirm | 1944822463412702309",
                "是 => order.deliveredDate",
                "跳过 => problem.description",
            ]
        },
        {
            "slot filling rejected: asked one by one", "zh-CN",
            [
                "上周三在暖禾家电旗舰店买的水壶，129元 => confirm",
                "不对 => order.orderId",
                OrderId + " => order.item",
            ]
        },
        {
            "an answer carrying more facts than asked", "zh-CN",
            [
                "你好 => order.orderId",
                "订单号1944822463412702309，129元 => confirm",
                "是 => order.item",
            ]
        },
        {
            "help re-asks the pending question", "zh-CN",
            [
                "你好 => order.orderId",
                "帮助 => order.orderId",
                OrderId + " => order.item",
                "help => order.item",
            ]
        },
        {
            "status lists what is known and re-asks", "zh-CN",
            [
                "你好 => order.orderId",
                OrderId + " => order.item",
                "进度 => order.item | " + OrderId,
            ]
        },
        {
            "back goes to the previous question, later answers kept", "zh-CN",
            [
                "你好 => order.orderId",
                OrderId + " => order.item",
                "电热水壶 => order.shop",
                "返回 => order.item",
                "电水壶 => order.shop",
                "上一步 => order.item",
                "返回 => order.orderId",
            ]
        },
        {
            "skip only optional questions", "zh-CN",
            [
                "你好 => order.orderId",
                "跳过 => order.item",
                "跳过 => order.item | 没法跳过",
                "电热水壶 => order.shop",
                "跳过 => order.purchaseDate",
            ]
        },
        {
            "unknown order number is explained and flagged", "zh-CN",
            [
                "你好 => order.orderId",
                "不知道 => order.item | 订单详情",
            ]
        },
        {
            "cancel asks first; no keeps everything", "zh-CN",
            [
                "你好 => order.orderId",
                OrderId + " => order.item",
                "取消 => confirm",
                "否 => order.item",
                "进度 => order.item | " + OrderId,
            ]
        },
        {
            "cancel confirmed discards the draft", "zh-CN",
            [
                "你好 => order.orderId",
                OrderId + " => order.item",
                "取消 => confirm",
                "是 => ",
                "你好 => order.orderId",
                "进度 => order.orderId | 还没有记录",
            ]
        },
        {
            "restart confirmed starts a new draft", "zh-CN",
            [
                "你好 => order.orderId",
                OrderId + " => order.item",
                "重新开始 => confirm",
                "是的 => order.orderId",
            ]
        },
        {
            "a confirmation answered with nonsense is asked again", "zh-CN",
            [
                "你好 => order.orderId",
                "取消 => confirm",
                "蓝色 => confirm",
                "不 => order.orderId",
            ]
        },
        {
            "language switch mid-interview re-asks in the other language", "zh-CN",
            [
                "你好 => order.orderId",
                OrderId + " => order.item",
                "English please => order.item | What did you buy",
                "kettle => order.shop",
                "说中文 => order.shop | 在哪家店",
            ]
        },
        {
            "bad answers get a reason and the same question", "zh-CN",
            [
                "你好 => order.orderId",
                "😀😀😀 => order.orderId",
                "SF1234567890123 => order.orderId | 快递",
                "１９４４８２２４６３４１２７０２３０９ => order.item",
                "电热水壶 => order.shop",
                "跳过 => order.purchaseDate",
                "2027年3月1日 => order.purchaseDate",
                "11月3日 => order.amountPaid",
                "0元 => order.amountPaid",
                "-5元 => order.amountPaid",
                "129元 => order.deliveredDate",
                "11月1日 => order.deliveredDate | 购买日期",
            ]
        },
        {
            "free-text problem types are understood", "zh-CN",
            [
                "你好 => order.orderId",
                OrderId + " => order.item",
                "耳机 => order.shop",
                "跳过 => order.purchaseDate",
                "前天 => order.amountPaid",
                "299元 => problem.type",
                "是假货 => problem.description",
            ]
        },
        {
            "emotional description: the neutral rewrite is offered", "zh-CN",
            [
                "你好 => order.orderId",
                OrderId + " => order.item",
                "耳机 => order.shop",
                "跳过 => order.purchaseDate",
                "前天 => order.amountPaid",
                "299元 => problem.type",
                "质量问题 => problem.description",
                "垃圾卖家！！！耳机用了一天就没声音了，骗子！ => confirm",
                "否 => problem.description",
                "耳机用了一天，左耳没有声音。 => problem.discoveredDate",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public async Task Script_EachUtterance_LeadsToTheExpectedStep(string name, string locale, string[] lines)
    {
        output.WriteLine("# " + name);
        var harness = new InterviewHarness(locale, output);
        foreach (var line in lines)
        {
            var (say, expectedStep, mustContain) = Parse(line);
            await harness.SayAsync(say);
            Assert.True(
                expectedStep == (harness.Step ?? string.Empty),
                $"After '{say}' expected step '{expectedStep}' but got '{harness.Step}'. Replies: {harness.Text}");
            if (mustContain is not null)
            {
                Assert.Contains(mustContain, harness.Text, StringComparison.Ordinal);
            }
        }
    }

    private static (string Say, string Step, string? Contains) Parse(string line)
    {
        var arrow = line.LastIndexOf(" => ", StringComparison.Ordinal);
        var say = line[..arrow];
        var rest = line[(arrow + 4)..];
        var bar = rest.IndexOf(" | ", StringComparison.Ordinal);
        return bar < 0 ? (say, rest.Trim(), null) : (say, rest[..bar].Trim(), rest[(bar + 3)..]);
    }
}
