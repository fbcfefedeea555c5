using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Storage.Tests.Contract;

/// <summary>Bot state over the provider, as the bot uses it: accessors, auto-save, one turn after another.</summary>
public abstract partial class StorageContractTests
{
    private static readonly DraftState SampleDraft = new()
    {
        OrderNumber = "2025031512345678",
        Category = DraftCategory.Counterfeit,
        Amount = 199.90m,
        PurchasedAt = new DateTimeOffset(2025, 3, 15, 20, 30, 0, TimeSpan.FromHours(8)),
        Evidence = ["photo-1.jpg", "聊天记录.png"],
        Attempts = new() { ["orderNumber"] = 2, ["amount"] = 1 },
        Contact = new ContactState { Name = "张三", Phone = "13800000000" },
    };

    // Scenario 8: StatePersistsThroughMultiTurn.
    [Fact]
    public async Task UserState_AutoSaveAcrossTurns_ReturnsSavedValue()
    {
        var userState = new UserState(Storage);
        var property = userState.CreateProperty<ProfileState>("profile");
        var adapter = new TestAdapter(TestAdapter.CreateConversation(nameof(UserState_AutoSaveAcrossTurns_ReturnsSavedValue)))
            .Use(new AutoSaveStateMiddleware(userState));

        await new TestFlow(adapter, async (context, ct) =>
        {
            var profile = await property.GetAsync(context, () => new ProfileState(), ct);
            switch (context.Activity.Text)
            {
                case "set value":
                    profile.Locale = "zh-CN";
                    await context.SendActivityAsync("value saved", cancellationToken: ct);
                    break;
                case "get value":
                    await context.SendActivityAsync(profile.Locale ?? "missing", cancellationToken: ct);
                    break;
            }
        })
            .Test("set value", "value saved")
            .Test("get value", "zh-CN")
            .StartTestAsync();
    }

    [Fact]
    public async Task ConversationAndUserState_TypedPocos_ComeBackEqualAfterJsonRoundTrip()
    {
        var conversationState = new ConversationState(Storage);
        var userState = new UserState(Storage);
        var draft = conversationState.CreateProperty<DraftState>("draft");
        var profile = userState.CreateProperty<ProfileState>("profile");
        var adapter = new TestAdapter(TestAdapter.CreateConversation(nameof(ConversationAndUserState_TypedPocos_ComeBackEqualAfterJsonRoundTrip)))
            .Use(new AutoSaveStateMiddleware(conversationState, userState));
        string[] keys = [];

        await new TestFlow(adapter, async (context, ct) =>
        {
            var activity = context.Activity;
            keys = [$"{activity.ChannelId}/conversations/{activity.Conversation.Id}", $"{activity.ChannelId}/users/{activity.From.Id}"];
            var visitor = await profile.GetAsync(context, () => new ProfileState(), ct);
            visitor.Visits++;
            if (activity.Text == "save")
            {
                await draft.SetAsync(context, SampleDraft, ct);
                visitor.Locale = "zh-CN";
                await context.SendActivityAsync("saved", cancellationToken: ct);
                return;
            }

            var loaded = await draft.GetAsync(context, () => new DraftState(), ct);
            AssertEqual(SampleDraft, loaded);
            await context.SendActivityAsync($"{visitor.Locale} {visitor.Visits}", cancellationToken: ct);
        })
            .Test("save", "saved")
            .Test("show", "zh-CN 2")
            .StartTestAsync();

        var stored = await Storage.ReadAsync(keys);
        Assert.Equal(2, stored.Count);
        Assert.All(stored.Values, v => Assert.DoesNotContain("$type", ((JToken)v).ToString(), StringComparison.Ordinal));
    }

    private static void AssertEqual(DraftState expected, DraftState actual)
    {
        Assert.Equal(expected.OrderNumber, actual.OrderNumber);
        Assert.Equal(expected.Category, actual.Category);
        Assert.Equal(expected.Amount, actual.Amount);
        Assert.Equal(expected.PurchasedAt, actual.PurchasedAt);
        Assert.Equal(expected.PurchasedAt.Offset, actual.PurchasedAt.Offset);
        Assert.Equal(expected.Evidence, actual.Evidence);
        Assert.Equal(expected.Attempts, actual.Attempts);
        Assert.Equal(expected.Contact!.Name, actual.Contact!.Name);
        Assert.Equal(expected.Contact.Phone, actual.Contact.Phone);
    }
}
