using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests;

public class DialogExtensionsTests(ITestOutputHelper output)
{
    private static WaterfallDialog TwoTurns() => new("root",
    [
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync("first", cancellationToken: ct);
            return Dialog.EndOfTurn;
        },
        async (step, ct) =>
        {
            await step.Context.SendActivityAsync($"second:{step.Result}", cancellationToken: ct);
            return await step.EndDialogAsync("done", ct);
        },
    ]);

    [Fact]
    public async Task RunAsync_FirstMessageBegins_SecondContinues_CompletedRootRestarts()
    {
        var client = new DialogTestClient(TwoTurns(), output: output);

        Assert.Equal(["first"], Texts.Of(await client.SendAsync("a")));
        Assert.Equal(DialogTurnStatus.Waiting, client.LastResult!.Status);

        Assert.Equal(["second:b"], Texts.Of(await client.SendAsync("b")));
        Assert.Equal(DialogTurnStatus.Complete, client.LastResult!.Status);
        Assert.Equal("done", client.LastResult.Result);

        Assert.Equal(["first"], Texts.Of(await client.SendAsync("c")));
    }

    [Theory]
    [InlineData(ActivityTypes.ConversationUpdate)]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    public async Task RunAsync_NonMessageOnEmptyStack_DoesNotBeginRoot(string activityType)
    {
        var client = new DialogTestClient(TwoTurns(), output: output);

        var replies = await client.SendTypeAsync(activityType);

        Assert.Empty(replies);
        Assert.Equal(DialogTurnStatus.Empty, client.LastResult!.Status);
        Assert.Empty((await client.ReadDialogStateAsync())?.DialogStack ?? []);
    }

    [Fact]
    public async Task RunAsync_NullArguments_Throw()
    {
        var dialog = TwoTurns();

        await Assert.ThrowsAsync<ArgumentNullException>(() => dialog.RunAsync(null!, null!, CancellationToken.None));
    }
}
