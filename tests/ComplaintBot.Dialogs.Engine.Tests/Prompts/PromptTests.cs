using ComplaintBot.Dialogs.Engine.Choices;
using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests.Prompts;

/// <summary>Behaviour shared by every prompt (Prompt&lt;T&gt;).</summary>
public class PromptTests(ITestOutputHelper output)
{
    private DialogTestClient Client(Dialog prompt, PromptOptions options, string locale = "zh-CN") =>
        new(DialogTestClient.Handler("flow", Ask.Flow(prompt.Id, options), prompt), locale: locale, output: output);

    [Fact]
    public async Task Validator_SeesAttemptCountOneOnFirstAnswer()
    {
        var counts = new List<int>();
        PromptValidator<string> validator = (ctx, ct) =>
        {
            counts.Add(ctx.AttemptCount);
            return Task.FromResult(counts.Count == 3);
        };
        var client = Client(new TextPrompt("ask", validator), Ask.Text("q"));
        await client.SendAsync("go");

        await client.SendAsync("a");
        await client.SendAsync("b");
        await client.SendAsync("c");

        Assert.Equal([1, 2, 3], counts);
    }

    [Fact]
    public async Task Retry_UsesRetryPrompt_WhenGiven()
    {
        var client = Client(new NumberPrompt<int>("n"), Ask.Text("多少钱？", "请输入一个数字"));
        Assert.Equal(["多少钱？"], Texts.Of(await client.SendAsync("go")));

        Assert.Equal(["请输入一个数字"], Texts.Of(await client.SendAsync("不知道")));
    }

    [Fact]
    public async Task Retry_FallsBackToPrompt_WithoutRetryPrompt()
    {
        var client = Client(new NumberPrompt<int>("n"), new PromptOptions { Prompt = new Activity(ActivityTypes.Message) { Text = "多少钱？" } });
        await client.SendAsync("go");

        var replies = await client.SendAsync("不知道");

        Assert.Equal(["多少钱？"], Texts.Of(replies));
        Assert.Equal(InputHints.ExpectingInput, replies[0].InputHint);
    }

    [Fact]
    public async Task Retry_NotSent_WhenValidatorAlreadyReplied()
    {
        PromptValidator<string> validator = async (ctx, ct) =>
        {
            await ctx.Context.SendActivityAsync("太短了", cancellationToken: ct);
            return false;
        };
        var client = Client(new TextPrompt("ask", validator), Ask.Text("q", "retry"));
        await client.SendAsync("go");

        Assert.Equal(["太短了"], Texts.Of(await client.SendAsync("x")));
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.MessageReaction)]
    public async Task NonMessageActivity_LeavesPromptWaiting_WithoutCountingAnAttempt(string activityType)
    {
        var counts = new List<int>();
        PromptValidator<string> validator = (ctx, ct) =>
        {
            counts.Add(ctx.AttemptCount);
            return Task.FromResult(true);
        };
        var client = Client(new TextPrompt("ask", validator), Ask.Text("q"));
        await client.SendAsync("go");

        Assert.Empty(await client.SendTypeAsync(activityType));
        Assert.Equal(DialogTurnStatus.Waiting, client.LastResult!.Status);

        Assert.Equal(["RESULT answer"], Texts.Of(await client.SendAsync("answer")));
        Assert.Equal([1], counts);
    }

    [Fact]
    public async Task MaxAttempts_Reached_EndsWithGaveUpResult()
    {
        PromptGaveUpResult? gaveUp = null;
        var flow = new WaterfallDialog("flow",
        [
            (s, ct) => s.PromptAsync("n", new PromptOptions { Prompt = MessageFactory.Text("数量？"), RetryPrompt = MessageFactory.Text("请输入数字"), MaxAttempts = 2 }, ct),
            async (s, ct) =>
            {
                gaveUp = s.Result as PromptGaveUpResult;
                await s.Context.SendActivityAsync(s.PromptGaveUp ? "换个方式吧" : $"got {s.Result}", cancellationToken: ct);
                return await s.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(DialogTestClient.Handler("flow", flow, new NumberPrompt<int>("n")), output: output);
        await client.SendAsync("go");

        Assert.Equal(["请输入数字"], Texts.Of(await client.SendAsync("abc")));
        Assert.Equal(["换个方式吧"], Texts.Of(await client.SendAsync("def")));
        Assert.Equal(new PromptGaveUpResult("n", 2), gaveUp);
        Assert.Empty((await client.ReadDialogStateAsync())!.DialogStack);
    }

    [Fact]
    public async Task MaxAttempts_OnPrompt_AppliesWhenOptionsDoNotSayOtherwise()
    {
        var client = Client(new TextPrompt("ask", (ctx, ct) => Task.FromResult(false)) { MaxAttempts = 1 }, Ask.Text("q"));
        await client.SendAsync("go");

        Assert.Equal(["GAVE UP"], Texts.Of(await client.SendAsync("x")));
    }

    [Fact]
    public async Task WithoutMaxAttempts_KeepsAsking()
    {
        var client = Client(new TextPrompt("ask", (ctx, ct) => Task.FromResult(false)), Ask.Text("q"));
        await client.SendAsync("go");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(["q"], Texts.Of(await client.SendAsync("x")));
        }
    }

    public static TheoryData<string> PromptKinds => ["text", "number", "date", "choice", "confirm", "attachment"];

    [Theory]
    [MemberData(nameof(PromptKinds))]
    public async Task CardSubmitAndFileOnlyMessages_NeverThrow_AndAskAgain(string kind)
    {
        Dialog prompt = kind switch
        {
            "text" => new TextPrompt("p"),
            "number" => new NumberPrompt<decimal>("p"),
            "date" => new DateTimePrompt("p", TestClock.Create()),
            "choice" => new ChoicePrompt("p"),
            "confirm" => new ConfirmPrompt("p"),
            _ => new AttachmentPrompt("p"),
        };
        var options = new PromptOptions { Prompt = MessageFactory.Text("Q"), RetryPrompt = MessageFactory.Text("RETRY"), Choices = [new Choice("退款")], Style = ListStyle.None };
        var client = Client(prompt, options);
        await client.SendAsync("go");

        var afterSubmit = await client.SubmitCardAsync(new { action = "submit" });
        var afterEmpty = await client.SendAttachmentsAsync(null, new Attachment("text/html", content: "<div></div>"));
        var afterNull = await client.SendAsync(null);

        Assert.Equal(["RETRY"], Texts.Of(afterSubmit));
        Assert.Equal(["RETRY"], Texts.Of(afterEmpty));
        Assert.Equal(["RETRY"], Texts.Of(afterNull));
        Assert.Equal(DialogTurnStatus.Waiting, client.LastResult!.Status);
    }

    [Fact]
    public async Task BeginDialogAsync_WithoutPromptOptions_Throws()
    {
        var root = new WaterfallDialog("root", [(s, ct) => s.BeginDialogAsync("ask", "not options", ct)]);
        var client = new DialogTestClient(DialogTestClient.Handler("root", root, new TextPrompt("ask")), output: output);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.SendAsync("go"));
    }

    [Fact]
    public void Constructor_BlankId_Throws()
    {
        Assert.Throws<ArgumentException>(() => new TextPrompt(""));
    }

    [Fact]
    public async Task SentPrompt_DoesNotPolluteStoredOptions()
    {
        var client = Client(new TextPrompt("ask"), new PromptOptions { Prompt = new Activity(ActivityTypes.Message) { Text = "q" } });

        await client.SendAsync("go");

        var stored = (await client.ReadStoredStateAsync())!.SelectToken("DialogState.dialogStack[0].state.options.Prompt")!;
        Assert.Null(stored["conversation"]);
        Assert.Equal(InputHints.ExpectingInput, (string?)stored["inputHint"]);
    }
}
