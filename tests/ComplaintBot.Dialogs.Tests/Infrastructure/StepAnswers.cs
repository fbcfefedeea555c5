using ComplaintBot.Dialogs.Interview;

namespace ComplaintBot.Dialogs.Tests.Infrastructure;

/// <summary>Answers by step hint until the summary arrives; each step's answers are used in order.</summary>
public static class StepAnswers
{
    public static Dictionary<string, Queue<string>> Chinese() => new()
    {
        [InterviewStep.OrderId] = new(["1944822463412702309"]),
        [InterviewStep.Item] = new(["电热水壶"]),
        [InterviewStep.Shop] = new(["暖禾家电旗舰店"]),
        [InterviewStep.PurchaseDate] = new(["11月3日"]),
        [InterviewStep.AmountPaid] = new(["129元"]),
        [InterviewStep.DeliveredDate] = new(["11月5日"]),
        [InterviewStep.ProblemType] = new(["质量问题"]),
        [InterviewStep.Description] = new(["烧水时壶底漏水，桌面被打湿，用了三次就出现这个情况。"]),
        [InterviewStep.DiscoveredDate] = new(["11月20日"]),
        [InterviewStep.ContactedSeller] = new(["否"]),
        [InterviewStep.OutcomeType] = new(["退货退款"]),
        [InterviewStep.Evidence] = new(["没有"]),
        [InterviewStep.Confirm] = new(["是", "是", "是"]),
    };

    public static async Task RunToSummaryAsync(InterviewHarness harness, Dictionary<string, Queue<string>> answers, int maxTurns = 40)
    {
        for (var turn = 0; turn < maxTurns && harness.SummaryDocument is null; turn++)
        {
            var step = harness.Step ?? throw new InvalidOperationException("No question pending: " + harness.Text);
            if (!answers.TryGetValue(step, out var queue) || queue.Count == 0)
            {
                throw new InvalidOperationException($"No answer for '{step}': {harness.Text}");
            }

            await harness.SayAsync(queue.Dequeue());
        }

        if (harness.SummaryDocument is null)
        {
            throw new InvalidOperationException("The summary never came: " + harness.Text);
        }
    }
}
