using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Dialogs.Interview;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Tests.Telemetry;

/// <summary>A whole Chinese interview in the Emulator's shape: two good files, one broken one, then 完成.</summary>
public static class InterviewScript
{
    public static Dictionary<string, Queue<Func<Activity>>> Answers(BotClient client) => new()
    {
        [InterviewStep.OrderId] = InterviewDriver.Say(client, "1944 8224 6341 2702 309"),
        [InterviewStep.Item] = InterviewDriver.Say(client, "电热水壶"),
        [InterviewStep.Shop] = InterviewDriver.Say(client, "暖禾家电旗舰店"),
        [InterviewStep.PurchaseDate] = InterviewDriver.Say(client, "11月3日"),
        [InterviewStep.AmountPaid] = InterviewDriver.Say(client, "129元"),
        [InterviewStep.DeliveredDate] = InterviewDriver.Say(client, "11月5日"),
        [InterviewStep.ProblemType] = InterviewDriver.Say(client, "质量问题"),
        [InterviewStep.Description] = InterviewDriver.Say(client, "烧水时壶底漏水，桌面被打湿，用了三次就出现这个情况。"),
        [InterviewStep.DiscoveredDate] = InterviewDriver.Say(client, "11月20日"),
        [InterviewStep.ContactedSeller] = InterviewDriver.Say(client, "是", "客服说只能补偿5元，不同意退货"),
        [InterviewStep.OutcomeType] = InterviewDriver.Say(client, "退货退款"),
        [InterviewStep.Evidence] = new Queue<Func<Activity>>(
        [
            () => Files(client, ("漏水照片.jpg", "data:image/jpeg;base64," + Convert.ToBase64String(SampleFiles.Jpeg)), ("聊天记录.png", "data:image/png;base64," + Convert.ToBase64String(SampleFiles.Png))),
            () => Files(client, ("损坏.jpg", "data:image/jpeg;base64,@@@@")),
            () => Text(client, "完成"),
        ]),
        [InterviewStep.Confirm] = InterviewDriver.Say(client, "是", "是", "是"),
    };

    private static Activity Text(BotClient client, string text)
    {
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.Text = text;
        return activity;
    }

    private static Activity Files(BotClient client, params (string Name, string Url)[] files)
    {
        var activity = client.NewActivity(ActivityTypes.Message);
        activity.Attachments = [.. files.Select(file => new Attachment
        {
            Name = file.Name,
            ContentType = file.Name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg",
            ContentUrl = file.Url,
        })];
        return activity;
    }
}
