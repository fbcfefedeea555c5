using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests;

public class ComponentDialogTests(ITestOutputHelper output)
{
    // Root waterfall: starts the "inner" component, then reports what it returned.
    private static (WaterfallDialog Root, TestComponent Inner) Build(bool cancelParents)
    {
        var innerFlow = new WaterfallDialog("innerFlow",
        [
            (s, ct) => s.PromptAsync("name", Ask.Text("你叫什么名字？"), ct),
            (s, ct) => s.EndDialogAsync($"name={s.Result}", ct),
        ]);
        var inner = new TestComponent("inner", cancelParents, innerFlow, new TextPrompt("name"));
        var root = new WaterfallDialog("root",
        [
            (s, ct) => s.BeginDialogAsync("inner", null, ct),
            async (s, ct) =>
            {
                await s.Context.SendActivityAsync($"root resumed with {s.Result ?? "null"}", cancellationToken: ct);
                return await s.EndDialogAsync(null, ct);
            },
        ]);
        return (root, inner);
    }

    private DialogTestClient Client(bool cancelParents, out TestComponent inner)
    {
        var (root, component) = Build(cancelParents);
        inner = component;
        var outer = new ComponentDialog("outer").AddDialog(root).AddDialog(component);
        return new DialogTestClient(outer, output: output);
    }

    [Fact]
    public async Task InnerStack_IsPersistedUnderDialogs_AndComesBackTyped()
    {
        var client = Client(false, out _);

        await client.SendAsync("开始");

        var stored = (await client.ReadStoredStateAsync())!;
        var outerState = stored["DialogState"]!["dialogStack"]![0]!["state"]!;
        var innerStack = (JArray)outerState["dialogs"]!["dialogStack"]!;
        Assert.Equal(["inner", "root"], innerStack.Select(i => (string)i["id"]!));
        Assert.DoesNotContain("$type", stored.ToString(), StringComparison.Ordinal);

        var state = await client.ReadDialogStateAsync();
        var nested = Assert.IsType<DialogState>(state!.DialogStack[0].State[ComponentDialog.PersistedDialogState]);
        var innerMost = Assert.IsType<DialogState>(nested.DialogStack[0].State[ComponentDialog.PersistedDialogState]);
        Assert.Equal(["name", "innerFlow"], innerMost.DialogStack.Select(i => i.Id));
    }

    [Fact]
    public async Task Component_CompletesAndParentResumesWithResult()
    {
        var client = Client(false, out _);
        await client.SendAsync("开始");

        Assert.Equal(["root resumed with name=小明"], Texts.Of(await client.SendAsync("小明")));
    }

    [Fact]
    public async Task CancelAllDialogs_InsideComponent_EndsOnlyThatComponent_ParentResumesWithNull()
    {
        var client = Client(false, out var inner);
        await client.SendAsync("开始");

        var replies = await client.SendAsync("取消");

        Assert.Equal(["CANCELLED", "root resumed with null"], Texts.Of(replies));
        Assert.DoesNotContain(DialogReason.CancelCalled, inner.EndReasons);
    }

    [Fact]
    public async Task CancelAllDialogs_WithCancelParents_CancelsWholeStack()
    {
        var client = Client(true, out var inner);
        await client.SendAsync("开始");

        var replies = await client.SendAsync("取消");

        Assert.Equal(["CANCELLED"], Texts.Of(replies));
        Assert.Equal(DialogTurnStatus.Cancelled, client.LastResult!.Status);
        Assert.Empty((await client.ReadDialogStateAsync())!.DialogStack);
        Assert.Contains(DialogReason.CancelCalled, inner.EndReasons);

        // The next message starts the conversation afresh.
        Assert.Equal(["你叫什么名字？"], Texts.Of(await client.SendAsync("再来")));
    }

    [Fact]
    public async Task HelpInterruption_RepromptsPendingQuestion_AndPromptKeepsWaiting()
    {
        var client = Client(false, out _);
        await client.SendAsync("开始");

        var replies = await client.SendAsync("帮助");

        Assert.Equal(["HELP", "你叫什么名字？"], Texts.Of(replies));
        var stored = (await client.ReadStoredStateAsync())!.ToString();
        Assert.Contains("\"AttemptCount\":0", stored.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(["root resumed with name=小红"], Texts.Of(await client.SendAsync("小红")));
    }

    [Fact]
    public async Task HelpInterruption_OnCardSubmitWithoutText_DoesNotThrow()
    {
        var client = Client(false, out _);
        await client.SendAsync("开始");

        var replies = await client.SubmitCardAsync(new { action = "x" });

        Assert.Equal(["你叫什么名字？"], Texts.Of(replies));
        Assert.Equal(DialogTurnStatus.Waiting, client.LastResult!.Status);
    }

    [Fact]
    public async Task ResumeDialogAsync_DialogPushedAboveComponentEnds_RepromptsAndWaits()
    {
        var (root, inner) = Build(false);
        var above = new WaterfallDialog("above", [(s, ct) => s.EndDialogAsync("ignored", ct)]);
        var client = new DialogTestClient(
            async (ctx, accessor, ct) =>
            {
                var dc = await new DialogSet(accessor).Add(new TestComponent("outer", false, root, inner)).Add(above).CreateContextAsync(ctx, ct);
                if (dc.ActiveDialog is null)
                {
                    return await dc.BeginDialogAsync("outer", null, ct);
                }

                return await dc.BeginDialogAsync("above", null, ct);
            },
            output: output);
        await client.SendAsync("开始");

        var replies = await client.SendAsync("anything");

        Assert.Equal(["你叫什么名字？"], Texts.Of(replies));
        Assert.Equal(DialogTurnStatus.Waiting, client.LastResult!.Status);
    }

    [Fact]
    public void InitialDialogId_DefaultsToFirstAdded()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new TextPrompt("first")).AddDialog(new TextPrompt("second"));

        Assert.Equal("first", component.InitialDialogId);
    }

    [Fact]
    public async Task BeginDialogAsync_EmptyComponent_ThrowsInvalidOperation()
    {
        var client = new DialogTestClient(new ComponentDialog("empty"), output: output);

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("go"));
    }

    [Fact]
    public async Task EndComponentAsync_ChildCompletesInFirstTurn_ComponentCompletes()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new WaterfallDialog("w", [(s, ct) => s.EndDialogAsync(42, ct)]));
        var client = new DialogTestClient(component, output: output);

        await client.SendAsync("go");

        Assert.Equal(DialogTurnStatus.Complete, client.LastResult!.Status);
        Assert.Equal(42, client.LastResult.Result);
        Assert.Empty((await client.ReadDialogStateAsync())!.DialogStack);
    }
}
