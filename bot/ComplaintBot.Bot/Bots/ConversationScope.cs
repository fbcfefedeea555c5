using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Bots;

/// <summary>Where a conversation takes place: a private one-to-one chat, or a chat others can read.</summary>
public static class ConversationScope
{
    /// <summary>Teams' conversation type of a group chat.</summary>
    public const string GroupChat = "groupChat";

    /// <summary>Teams' conversation type of a channel in a team.</summary>
    public const string Channel = "channel";

    /// <summary>
    /// Whether others can read the conversation: a Teams group chat or channel, or any channel's group
    /// conversation. Complaints carry order numbers, addresses and photos, so they are never taken there.
    /// </summary>
    /// <param name="activity">The incoming activity.</param>
    /// <returns>True for group chats and channels.</returns>
    public static bool IsShared(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation;
        return conversation is not null
            && (conversation.IsGroup == true
                || string.Equals(conversation.ConversationType, GroupChat, StringComparison.OrdinalIgnoreCase)
                || string.Equals(conversation.ConversationType, Channel, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the activity comes from Microsoft Teams.</summary>
    /// <param name="activity">The incoming activity.</param>
    /// <returns>True for the <c>msteams</c> channel.</returns>
    public static bool IsTeams(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.ChannelId, Channels.Msteams, StringComparison.OrdinalIgnoreCase);
    }
}
