using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// Copies an activity's properties into a new activity, for code that must let the activity be stamped or edited
/// without the original seeing it: a prompt's question before it is sent (sending stamps the conversation, the
/// addresses, ids and locale, which must stay out of the persisted prompt options), a turn's inbound activity
/// before a run that may be thrown away (a handler may rewrite its text).
/// </summary>
/// <remarks>
/// The Bot Framework, and this bot, only ever assign an activity's properties; they never change the objects those
/// point to (the text of a card, the buttons, channel data, a submitted value), so those are shared rather than
/// copied. A deep copy through Newtonsoft, which this replaced, cost more than the rest of asking a question. The
/// properties are listed by hand rather than found by reflection: a copier compiled at startup delayed the first
/// reply, and a test checks that every settable property of <see cref="Activity"/> is here.
/// </remarks>
public static class ActivityCopy
{
    /// <summary>Makes a new activity whose properties hold what <paramref name="activity"/>'s hold.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The copy.</returns>
    public static Activity Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Activity
        {
        Type = activity.Type,
        Id = activity.Id,
        Timestamp = activity.Timestamp,
        LocalTimestamp = activity.LocalTimestamp,
        LocalTimezone = activity.LocalTimezone,
        ServiceUrl = activity.ServiceUrl,
        ChannelId = activity.ChannelId,
        From = activity.From,
        Conversation = activity.Conversation,
        Recipient = activity.Recipient,
        TextFormat = activity.TextFormat,
        AttachmentLayout = activity.AttachmentLayout,
        MembersAdded = activity.MembersAdded,
        MembersRemoved = activity.MembersRemoved,
        ReactionsAdded = activity.ReactionsAdded,
        ReactionsRemoved = activity.ReactionsRemoved,
        TopicName = activity.TopicName,
        HistoryDisclosed = activity.HistoryDisclosed,
        Locale = activity.Locale,
        Text = activity.Text,
        Speak = activity.Speak,
        InputHint = activity.InputHint,
        Summary = activity.Summary,
        SuggestedActions = activity.SuggestedActions,
        Attachments = activity.Attachments,
        Entities = activity.Entities,
        ChannelData = activity.ChannelData,
        Action = activity.Action,
        ReplyToId = activity.ReplyToId,
        Label = activity.Label,
        ValueType = activity.ValueType,
        Value = activity.Value,
        Name = activity.Name,
        RelatesTo = activity.RelatesTo,
        Code = activity.Code,
        Expiration = activity.Expiration,
        Importance = activity.Importance,
        DeliveryMode = activity.DeliveryMode,
        ListenFor = activity.ListenFor,
        TextHighlights = activity.TextHighlights,
        SemanticAction = activity.SemanticAction,
        CallerId = activity.CallerId,
        Properties = activity.Properties,
        };
    }
}
