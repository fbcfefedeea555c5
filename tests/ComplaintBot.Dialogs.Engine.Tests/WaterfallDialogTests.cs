using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests;

public class WaterfallDialogTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Waterfall_ProceedsThroughStepsWithValidatorAttemptCounts_StateSurvivesJson()
    {
        PromptValidator<string> validator = async (ctx, ct) =>
        {
            if (ctx.Recognized.Value is { Length: > 3 })
            {
                return true;
            }

            await ctx.Context.SendActivityAsync($"Please send a name that is longer than 3 characters. {ctx.AttemptCount}", cancellationToken: ct);
            return false;
        };
        var waterfall = new WaterfallDialog("waterfallDialog",
        [
            async (step, ct) =>
            {
                Assert.Equal(typeof(WaterfallStepContext), step.GetType());
                await step.Context.SendActivityAsync("step1", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            (step, ct) => step.PromptAsync("textPrompt", Ask.Text("Please type your name."), ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step3 {step.Result}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]);
        var client = new DialogTestClient(DialogTestClient.Handler("waterfallDialog", waterfall, new TextPrompt("textPrompt", validator)), locale: "en-US", output: output);

        Assert.Equal(["step1"], Texts.Of(await client.SendAsync("hello")));
        Assert.Equal(["Please type your name."], Texts.Of(await client.SendAsync("hello")));
        Assert.Equal(JTokenType.Integer, (await StoredWaterfall(client))["stepIndex"]!.Type);
        Assert.Equal(["Please send a name that is longer than 3 characters. 1"], Texts.Of(await client.SendAsync("hi")));
        Assert.Equal(["Please send a name that is longer than 3 characters. 2"], Texts.Of(await client.SendAsync("hi")));
        Assert.Equal(["Please send a name that is longer than 3 characters. 3"], Texts.Of(await client.SendAsync("hi")));
        Assert.Equal(JTokenType.Integer, (await StoredWaterfall(client))["stepIndex"]!.Type);
        Assert.Equal(["step3 Kyle, 4th try"], Texts.Of(await client.SendAsync("Kyle, 4th try")));
        Assert.Equal(2, (long)(await StoredWaterfall(client))["stepIndex"]!);
    }

    [Fact]
    public async Task LastStep_NextAsyncResult_BecomesWaterfallResult()
    {
        var waterfall = new WaterfallDialog("w", [(s, ct) => s.NextAsync("one", ct), (s, ct) => s.NextAsync($"{s.Result}+two", ct)]);
        var client = new DialogTestClient(waterfall, output: output);

        await client.SendAsync("go");

        Assert.Equal(DialogTurnStatus.Complete, client.LastResult!.Status);
        Assert.Equal("one+two", client.LastResult.Result);
    }

    [Fact]
    public async Task LastStep_PromptValue_BecomesWaterfallResult()
    {
        var waterfall = new WaterfallDialog("w", [(s, ct) => s.PromptAsync("n", Ask.Text("how many?"), ct)]);
        var client = new DialogTestClient(DialogTestClient.Handler("w", waterfall, new NumberPrompt<int>("n")), output: output);
        await client.SendAsync("go");

        await client.SendAsync("三百");

        Assert.Equal(DialogTurnStatus.Complete, client.LastResult!.Status);
        Assert.Equal(300, client.LastResult.Result);
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.Invoke)]
    public async Task ContinueDialogAsync_NonMessage_DoesNotAdvance(string activityType)
    {
        var waterfall = new WaterfallDialog("w",
        [
            (s, ct) => Task.FromResult(Dialog.EndOfTurn),
            async (s, ct) =>
            {
                await s.Context.SendActivityAsync("advanced", cancellationToken: ct);
                return await s.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(waterfall, output: output);
        await client.SendAsync("go");

        Assert.Empty(await client.SendTypeAsync(activityType));
        Assert.Equal(DialogTurnStatus.Waiting, client.LastResult!.Status);
        Assert.Equal(0, (long)(await StoredWaterfall(client))["stepIndex"]!);

        Assert.Equal(["advanced"], Texts.Of(await client.SendAsync("now")));
    }

    [Fact]
    public async Task ContinueDialogAsync_CardSubmitWithoutText_PassesValueAsResult()
    {
        var waterfall = new WaterfallDialog("w",
        [
            (s, ct) => Task.FromResult(Dialog.EndOfTurn),
            async (s, ct) =>
            {
                var action = s.Result is JObject value ? (string?)value["action"] : "none";
                await s.Context.SendActivityAsync($"action={action}", cancellationToken: ct);
                return await s.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(waterfall, output: output);
        await client.SendAsync("go");

        Assert.Equal(["action=confirm"], Texts.Of(await client.SubmitCardAsync(new { action = "confirm" })));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("\"0\"")]
    [InlineData("0.0")]
    public async Task ResumeDialogAsync_StepIndexStoredAsAnyNumberShape_ResumesNextStep(string storedIndex)
    {
        var waterfall = new WaterfallDialog("w",
        [
            (s, ct) => Task.FromResult(Dialog.EndOfTurn),
            async (s, ct) =>
            {
                await s.Context.SendActivityAsync($"step {s.Index} got {s.Result}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]);
        var client = new DialogTestClient(waterfall, output: output);
        await client.SendAsync("go");
        var stored = (await client.ReadStoredStateAsync())!;
        stored["DialogState"]!["dialogStack"]![0]!["state"]!["stepIndex"] = JToken.Parse(storedIndex);
        await client.WriteStoredStateAsync(stored);

        Assert.Equal(["step 1 got x"], Texts.Of(await client.SendAsync("x")));
    }

    [Fact]
    public void Constructor_BlankIdOrNullStep_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WaterfallDialog(" "));
        Assert.Throws<ArgumentException>(() => new WaterfallDialog("w", [null!]));
        Assert.Throws<ArgumentNullException>(() => new WaterfallDialog("w").AddStep(null!));
    }

    [Fact]
    public void GetVersion_IncludesStepCount()
    {
        var waterfall = new WaterfallDialog("w").AddStep((s, ct) => s.NextAsync(null, ct)).AddStep((s, ct) => s.NextAsync(null, ct));

        Assert.Equal("w:2", waterfall.GetVersion());
    }

    private static async Task<JObject> StoredWaterfall(DialogTestClient client)
    {
        var stored = await client.ReadStoredStateAsync();
        var stack = (JArray)stored!["DialogState"]!["dialogStack"]!;
        return (JObject)stack.Last()["state"]!;
    }
}
