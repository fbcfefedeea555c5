using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Dialogs.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Tests.Interview;

public sealed class InterviewFlowTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Summary_ReachedByStepHints_CarriesTheDocumentAndCard()
    {
        var harness = new InterviewHarness("zh-CN", output);
        await harness.SayAsync("你好");

        await StepAnswers.RunToSummaryAsync(harness, StepAnswers.Chinese());

        var document = harness.SummaryDocument!;
        Assert.Equal(InterviewStep.Review, harness.Step);
        Assert.Equal("1944822463412702309", (string?)document["order"]!["orderId"]);
        Assert.Equal("2026-11-03", (string?)document["order"]!["purchaseDate"]);
        Assert.Contains(harness.LastReplies, reply => reply.Attachments?.Any(a => a.ContentType == ComplaintCards.ContentType) == true);
        Assert.Contains(document["review"]!["flags"]!, flag => (string?)flag["code"] == "missing_evidence");
    }

    [Fact]
    public async Task EditOrder_FromTheSummary_AsksOnlyTheOrderAgainAndReturnsToTheSummary()
    {
        var harness = new InterviewHarness("zh-CN", output);
        await harness.SayAsync("你好");
        await StepAnswers.RunToSummaryAsync(harness, StepAnswers.Chinese());
        var id = (string?)harness.SummaryDocument!["id"];

        await harness.SubmitAsync(new { action = CardActions.EditOrder, complaintId = id });
        Assert.Equal(InterviewStep.OrderId, harness.Step);

        var answers = StepAnswers.Chinese();
        answers[InterviewStep.Item] = new(["电水壶"]);
        await StepAnswers.RunToSummaryAsync(harness, answers);

        var document = harness.SummaryDocument!;
        Assert.Equal("电水壶", (string?)document["order"]!["item"]);
        Assert.Equal("quality_defect", (string?)document["problem"]!["type"]);
        Assert.Equal(id, (string?)document["id"]);
    }

    [Fact]
    public async Task Confirm_FromTheSummary_SavesTheComplaintListsItAndLeavesNoConversationState()
    {
        var harness = new InterviewHarness("zh-CN", output);
        await harness.SayAsync("你好");
        await StepAnswers.RunToSummaryAsync(harness, StepAnswers.Chinese());
        var id = (string)harness.SummaryDocument!["id"]!;

        var nextSteps = harness.SummaryDocument!["nextSteps"]!.Select(step => (string)step!).ToList();

        await harness.SubmitAsync(new { action = CardActions.Confirm, complaintId = id });
        Assert.Contains(id, harness.Text, StringComparison.Ordinal);
        Assert.NotEmpty(nextSteps);
        Assert.All(nextSteps.Select((step, index) => $"{index + 1}. {step}"), line => Assert.Contains(line, harness.Text, StringComparison.Ordinal));
        Assert.Null(await harness.StoredStateAsync());

        await harness.SayAsync("我的投诉");
        Assert.Contains(id, harness.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardFromAnOlderSummary_IsRefusedPolitely_AndTheQuestionComesBack()
    {
        var harness = new InterviewHarness("zh-CN", output);
        await harness.SayAsync("你好");
        await harness.SayAsync("1944822463412702309");

        await harness.SubmitAsync(new { action = CardActions.Confirm, complaintId = "an-old-complaint" });

        Assert.Equal(InterviewStep.Item, harness.Step);
        Assert.Contains("之前的卡片", harness.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartOver_FromTheSummary_AsksFirst_ThenStartsAnEmptyDraft()
    {
        var harness = new InterviewHarness("zh-CN", output);
        await harness.SayAsync("你好");
        await StepAnswers.RunToSummaryAsync(harness, StepAnswers.Chinese());
        var id = (string?)harness.SummaryDocument!["id"];

        await harness.SubmitAsync(new { action = CardActions.StartOver, complaintId = id });
        Assert.Equal(InterviewStep.Confirm, harness.Step);
        await harness.SayAsync("是");

        Assert.Equal(InterviewStep.OrderId, harness.Step);
        Assert.Null((await harness.StoredStateAsync())?.Draft?.Order.OrderId);
    }

    [Fact]
    public async Task VeryLongDescription_IsKeptInFull_AndTheCardStaysSmall()
    {
        var harness = new InterviewHarness("zh-CN", output);
        var answers = StepAnswers.Chinese();
        var longText = string.Concat(Enumerable.Repeat("壶底漏水，桌面被打湿。", 1_800));
        answers[InterviewStep.Description] = new([longText]);
        await harness.SayAsync("你好");

        await StepAnswers.RunToSummaryAsync(harness, answers);

        Assert.Equal(longText.Length, ((string)harness.SummaryDocument!["problem"]!["description"]!).Length);
        var card = harness.LastReplies.SelectMany(r => r.Attachments ?? []).Single(a => a.ContentType == ComplaintCards.ContentType);
        Assert.True(Newtonsoft.Json.JsonConvert.SerializeObject(card.Content).Length < 60_000);
    }

    [Fact]
    public async Task ProcessRestart_MidInterview_ContinuesAtTheSameStepWithNothingLost()
    {
        var harness = new InterviewHarness("zh-CN", output);
        await harness.SayAsync("你好");
        await harness.SayAsync("1944822463412702309");
        await harness.SayAsync("电热水壶");
        Assert.Equal(InterviewStep.Shop, harness.Step);

        harness.Restart();
        await harness.SayAsync("暖禾家电旗舰店");

        Assert.Equal(InterviewStep.PurchaseDate, harness.Step);
        var state = await harness.StoredStateAsync();
        Assert.Equal("1944822463412702309", state!.Draft!.Order.OrderId);
        Assert.Equal("电热水壶", state.Draft.Order.Item);
        Assert.Equal("暖禾家电旗舰店", state.Draft.Order.Shop);
    }

    [Fact]
    public async Task Evidence_SeveralFilesOverSeveralMessages_AreAllKeptWithARunningList()
    {
        var harness = new InterviewHarness("zh-CN", output);
        var answers = StepAnswers.Chinese();
        answers[InterviewStep.Evidence] = new([]);
        await harness.SayAsync("你好");
        for (var turn = 0; turn < 30 && harness.Step != InterviewStep.Evidence; turn++)
        {
            await harness.SayAsync(answers[harness.Step!].Dequeue());
        }

        await harness.SendFilesAsync("a.jpg", "b.jpg");
        await harness.SendFilesAsync("c.pdf");
        Assert.Contains("c.pdf", harness.Text, StringComparison.Ordinal);
        Assert.Contains("a.jpg", harness.Text, StringComparison.Ordinal);
        Assert.Equal(InterviewStep.Evidence, harness.Step);
        await harness.SayAsync("随便说点什么");
        Assert.Equal(InterviewStep.Evidence, harness.Step);
        await harness.SayAsync("完成");

        Assert.Equal(InterviewStep.Review, harness.Step);
        Assert.Equal(3, harness.SummaryDocument!["evidence"]!.Count());
    }

    [Fact]
    public async Task Evidence_KindInferredWrongly_IsCorrectedByNumber()
    {
        var harness = new InterviewHarness("zh-CN", output);
        var answers = StepAnswers.Chinese();
        await harness.SayAsync("你好");
        for (var turn = 0; turn < 30 && harness.Step != InterviewStep.Evidence; turn++)
        {
            await harness.SayAsync(answers[harness.Step!].Dequeue());
        }

        await harness.SendFilesAsync("a.jpg", "b.jpg");
        await harness.SayAsync("第2个是聊天记录");
        Assert.Equal(InterviewStep.Evidence, harness.Step);
        Assert.Contains("聊天记录", harness.Text, StringComparison.Ordinal);
        await harness.SayAsync("5 物流");
        Assert.Contains("没有第 5 个文件", harness.Text, StringComparison.Ordinal);
        await harness.SayAsync("完成");

        var kinds = harness.SummaryDocument!["evidence"]!.Select(item => (string?)item["kind"]).ToList();
        Assert.Equal(["photo", "chat"], kinds);
    }

    [Fact]
    public async Task UnreasonableCompensation_IsExplainedWithTheLaw_AndCanBeKeptKnowingly()
    {
        var harness = new InterviewHarness("en-US", output);
        var answers = new Dictionary<string, Queue<string>>
        {
            [InterviewStep.OrderId] = new(["1944822463412702309"]),
            [InterviewStep.Item] = new(["running shoes"]),
            [InterviewStep.Shop] = new(["skip"]),
            [InterviewStep.PurchaseDate] = new(["2026-11-20"]),
            [InterviewStep.AmountPaid] = new(["899 yuan"]),
            [InterviewStep.DeliveredDate] = new(["skip"]),
            [InterviewStep.ProblemType] = new(["counterfeit"]),
            [InterviewStep.Description] = new(["The brand's official store confirmed the serial number on the shoes does not exist."]),
            [InterviewStep.DiscoveredDate] = new(["2026-11-25"]),
            [InterviewStep.ContactedSeller] = new(["no"]),
            [InterviewStep.OutcomeType] = new(["compensation"]),
            [InterviewStep.OutcomeAmount] = new(["100000 yuan", "keep"]),
            [InterviewStep.Evidence] = new(["none"]),
            [InterviewStep.Confirm] = new(["yes", "yes"]),
        };
        await harness.SayAsync("hi");

        await StepAnswers.RunToSummaryAsync(harness, answers);

        var document = harness.SummaryDocument!;
        Assert.Equal("counterfeit", (string?)document["problem"]!["type"]);
        Assert.Equal(100000m, (decimal)document["outcome"]!["amount"]!["value"]!);
        Assert.Contains(document["review"]!["flags"]!, flag => (string?)flag["code"] == "unreasonable_demand");
        Assert.NotNull(document["outcome"]!["statutory"]);
        Assert.NotNull((string?)document["complaintText"]!["english"]);
    }

    [Fact]
    public async Task DeleteMyData_AfterConfirmation_RemovesComplaintsAndDraft()
    {
        var harness = new InterviewHarness("zh-CN", output);
        await harness.SayAsync("你好");
        await StepAnswers.RunToSummaryAsync(harness, StepAnswers.Chinese());
        await harness.SubmitAsync(new { action = CardActions.Confirm, complaintId = (string?)harness.SummaryDocument!["id"] });
        await harness.SayAsync("你好");
        await harness.SayAsync("1944822463412702309");

        await harness.SayAsync("删除我的数据");
        Assert.Equal(InterviewStep.Confirm, harness.Step);
        await harness.SayAsync("是");

        Assert.Null(await harness.StoredStateAsync());
        await harness.SayAsync("我的投诉");
        Assert.Contains("还没有", harness.Text, StringComparison.Ordinal);
    }
}
