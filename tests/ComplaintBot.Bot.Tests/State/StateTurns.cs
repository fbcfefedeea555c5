using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Tests.State;

/// <summary>Fresh turn contexts of one conversation and user, as a channel would start them.</summary>
internal static class StateTurns
{
    public const string ConversationKey = "c/conversations/1";

    public static TurnContext New(string text = "hi") => new(new TestAdapter(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "c",
        Text = text,
        Conversation = new ConversationAccount { Id = "1" },
        From = new ChannelAccount { Id = "u" },
        Recipient = new ChannelAccount { Id = "bot" },
    });
}

/// <summary>A stored draft as a dialog keeps it.</summary>
public sealed class DraftSample
{
    public string? Item { get; set; }

    public decimal Amount { get; set; }

    public List<string> Files { get; set; } = [];

    public DateTimeOffset? Since { get; set; }
}
