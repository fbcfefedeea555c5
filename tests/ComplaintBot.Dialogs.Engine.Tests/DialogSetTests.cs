using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;

namespace ComplaintBot.Dialogs.Engine.Tests;

public class DialogSetTests
{
    [Fact]
    public void Add_DifferentDialogWithSameId_ThrowsArgumentException()
    {
        var set = new DialogSet().Add(new TextPrompt("ask"));

        var ex = Assert.Throws<ArgumentException>(() => set.Add(new TextPrompt("ask")));

        Assert.Contains("'ask'", ex.Message, StringComparison.Ordinal);
        Assert.Single(set.GetDialogs());
    }

    [Fact]
    public void Add_SameInstanceTwice_IsNoOp()
    {
        var prompt = new TextPrompt("ask");
        var set = new DialogSet().Add(prompt).Add(prompt);

        Assert.Same(prompt, Assert.Single(set.GetDialogs()));
    }

    [Fact]
    public void ComponentAddDialog_DuplicateId_ThrowsArgumentException()
    {
        var component = new ComponentDialog("c");
        component.AddDialog(new TextPrompt("ask"));

        Assert.Throws<ArgumentException>(() => component.AddDialog(new NumberPrompt<int>("ask")));
    }

    [Fact]
    public void Find_UnknownId_ReturnsNull_BlankId_Throws()
    {
        var set = new DialogSet().Add(new TextPrompt("ask"));

        Assert.Null(set.Find("other"));
        Assert.NotNull(set.Find("ask"));
        Assert.Throws<ArgumentException>(() => set.Find(" "));
    }

    [Fact]
    public void GetVersion_ChangesWhenDialogAdded()
    {
        var set = new DialogSet().Add(new WaterfallDialog("w", [(s, ct) => s.EndDialogAsync(null, ct)]));
        var before = set.GetVersion();

        set.Add(new TextPrompt("ask"));

        Assert.NotEqual(before, set.GetVersion());
    }

    [Fact]
    public async Task CreateContextAsync_WithoutAccessor_ThrowsInvalidOperation()
    {
        var set = new DialogSet();
        var context = new TurnContext(new TestAdapter(), new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message));

        await Assert.ThrowsAsync<InvalidOperationException>(() => set.CreateContextAsync(context));
    }

    [Fact]
    public async Task CreateContextAsync_EmptyStorage_GivesEmptyStack()
    {
        var state = new ConversationState(new JsonMemoryStorage());
        var set = new DialogSet(state.CreateProperty<DialogState>("DialogState"));
        var adapter = new TestAdapter();
        var activity = new Microsoft.Bot.Schema.Activity(Microsoft.Bot.Schema.ActivityTypes.Message)
        {
            ChannelId = "test",
            Conversation = new Microsoft.Bot.Schema.ConversationAccount(id: "c1"),
        };

        var dc = await set.CreateContextAsync(new TurnContext(adapter, activity));

        Assert.Empty(dc.Stack);
        Assert.Null(dc.ActiveDialog);
    }
}
