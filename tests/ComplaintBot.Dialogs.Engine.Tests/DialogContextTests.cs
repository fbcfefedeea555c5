using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Microsoft.Bot.Builder;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests;

public class DialogContextTests(ITestOutputHelper output)
{
    [Fact]
    public async Task BeginDialogAsync_PushesOnTopAtIndexZero()
    {
        var child = new WaterfallDialog("child", [(s, ct) => Task.FromResult(Dialog.EndOfTurn)]);
        var parent = new WaterfallDialog("parent", [(s, ct) => s.BeginDialogAsync("child", null, ct)]);
        var client = new DialogTestClient(DialogTestClient.Handler("parent", parent, child), output: output);

        await client.SendAsync("go");

        var stack = (await client.ReadDialogStateAsync())!.DialogStack;
        Assert.Equal(["child", "parent"], stack.Select(i => i.Id));
        var stored = await client.ReadStoredStateAsync();
        Assert.Equal("child", (string?)stored!["DialogState"]!["dialogStack"]![0]!["id"]);
    }

    [Fact]
    public async Task BeginDialogAsync_UnknownId_ThrowsWithStackData()
    {
        var root = new WaterfallDialog("root", [(s, ct) => s.BeginDialogAsync("missing", null, ct)]);
        var client = new DialogTestClient(DialogTestClient.Handler("root", root), output: output);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("go"));

        Assert.Contains("missing", ex.Message, StringComparison.Ordinal);
        Assert.Equal("root", ex.Data[DialogExceptionData.StackKey]);
        Assert.Equal("root", ex.Data[DialogExceptionData.ActiveDialogKey]);
    }

    [Fact]
    public async Task PublicOperations_FailureInsideComponent_AttachFlattenedStackIds()
    {
        var failing = new WaterfallDialog("inner",
        [
            (s, ct) => s.PromptAsync("ask", Ask.Text("q"), ct),
            (s, ct) => throw new InvalidOperationException("boom"),
        ]);
        var component = new TestComponent("outer", false, failing, new TextPrompt("ask"));
        var client = new DialogTestClient(component, output: output);
        await client.SendAsync("start");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("answer"));

        Assert.Equal("outer > inner", ex.Data[DialogExceptionData.StackKey]);
        Assert.Equal("inner", ex.Data[DialogExceptionData.ActiveDialogKey]);
        Assert.Equal("outer", ex.Data[DialogExceptionData.ParentKey]);
    }

    [Fact]
    public async Task ContinueDialogAsync_UnknownActiveDialog_ThrowsInvalidOperation()
    {
        var root = new WaterfallDialog("root", [(s, ct) => Task.FromResult(Dialog.EndOfTurn)]);
        var client = new DialogTestClient(root, output: output);
        await client.SendAsync("go");
        var stored = (await client.ReadStoredStateAsync())!;
        stored["DialogState"]!["dialogStack"]![0]!["id"] = "removedInNewVersion";
        stored.Remove("eTag");
        await client.WriteStoredStateAsync(stored);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("again"));

        Assert.Contains("removedInNewVersion", ex.Message, StringComparison.Ordinal);
        Assert.Equal("removedInNewVersion", ex.Data[DialogExceptionData.StackKey]);
    }

    [Fact]
    public async Task ReplaceDialogAsync_DoesNotResumeParent()
    {
        var parentResumed = false;
        var looping = new WaterfallDialog("loop",
        [
            (s, ct) => s.PromptAsync("ask", Ask.Text("again?"), ct),
            (s, ct) => (string?)s.Result == "stop" ? s.EndDialogAsync("stopped", ct) : s.ReplaceDialogAsync("loop", null, ct),
        ]);
        var parent = new WaterfallDialog("parent",
        [
            (s, ct) => s.BeginDialogAsync("loop", null, ct),
            async (s, ct) =>
            {
                parentResumed = true;
                await s.Context.SendActivityAsync($"parent got {s.Result}", cancellationToken: ct);
                return await s.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(DialogTestClient.Handler("parent", parent, looping, new TextPrompt("ask")), output: output);
        await client.SendAsync("go");

        Assert.Equal(["again?"], Texts.Of(await client.SendAsync("more")));
        Assert.False(parentResumed);
        Assert.Equal(["loop", "parent"], (await client.ReadDialogStateAsync())!.DialogStack.Skip(1).Select(i => i.Id));

        Assert.Equal(["parent got stopped"], Texts.Of(await client.SendAsync("stop")));
    }

    [Fact]
    public async Task CancelAllDialogsAsync_EmptyRoot_ReturnsEmpty_OtherwiseCancelled()
    {
        DialogTurnStatus? first = null;
        DialogTurnStatus? second = null;
        var root = new WaterfallDialog("root", [(s, ct) => Task.FromResult(Dialog.EndOfTurn)]);
        var client = new DialogTestClient(
            async (ctx, accessor, ct) =>
            {
                var dc = await new DialogSet(accessor).Add(root).CreateContextAsync(ctx, ct);
                first = (await dc.CancelAllDialogsAsync(ct)).Status;
                await dc.BeginDialogAsync("root", null, ct);
                second = (await dc.CancelAllDialogsAsync(ct)).Status;
                return new DialogTurnResult(second.Value);
            },
            output: output);

        await client.SendAsync("go");

        Assert.Equal(DialogTurnStatus.Empty, first);
        Assert.Equal(DialogTurnStatus.Cancelled, second);
        Assert.Empty((await client.ReadDialogStateAsync())!.DialogStack);
    }

    [Fact]
    public async Task GetLocale_MapsActivityLocale()
    {
        string? seen = null;
        var client = new DialogTestClient(
            async (ctx, accessor, ct) =>
            {
                var dc = await new DialogSet(accessor).CreateContextAsync(ctx, ct);
                seen = dc.GetLocale();
                return new DialogTurnResult(DialogTurnStatus.Empty);
            },
            locale: "zh-TW");

        await client.SendAsync("hi");

        Assert.Equal("zh-CN", seen);
    }

    [Fact]
    public async Task BeginDialogAsync_CancellationTokenAsOptions_ThrowsArgumentException()
    {
        var root = new WaterfallDialog("root", [(s, ct) => s.BeginDialogAsync("root", ct, ct)]);
        var client = new DialogTestClient(root, output: output);

        await Assert.ThrowsAsync<ArgumentException>(() => client.SendAsync("go"));
    }

    [Fact]
    public async Task RepromptDialogAsync_ReSendsPendingQuestion()
    {
        var root = new WaterfallDialog("root", [(s, ct) => s.PromptAsync("ask", Ask.Text("你的名字？", "请再说一次"), ct)]);
        var client = new DialogTestClient(
            async (ctx, accessor, ct) =>
            {
                var dc = await new DialogSet(accessor).Add(root).Add(new TextPrompt("ask")).CreateContextAsync(ctx, ct);
                if (ctx.Activity.Text == "again")
                {
                    await dc.RepromptDialogAsync(ct);
                    return Dialog.EndOfTurn;
                }

                return await dc.BeginDialogAsync("root", null, ct);
            },
            output: output);
        await client.SendAsync("go");

        Assert.Equal(["你的名字？"], Texts.Of(await client.SendAsync("again")));
    }
}
