using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Teams;

/// <summary>Activities shaped the way Microsoft Teams sends them: ids, conversation type, tenant, the <c>text/html</c> body copy.</summary>
public static class TeamsActivities
{
    public const string AppId = "00000000-0000-4000-8000-00000000b07a";
    public const string BotId = "28:" + AppId;
    public const string TenantId = "72f988bf-0000-4000-8000-000000000001";

    /// <summary>Makes the client speak as Teams in a conversation of the given type (<c>personal</c>, <c>groupChat</c>, <c>channel</c>).</summary>
    public static BotClient AsTeams(this BotClient client, string conversationType = "personal")
    {
        client.ChannelId = "msteams";
        client.Locale = "zh-cn";
        client.UserId = "29:1" + Guid.NewGuid().ToString("N");
        client.ConversationId = conversationType == "personal"
            ? "a:1" + Guid.NewGuid().ToString("N")
            : "19:" + Guid.NewGuid().ToString("N") + (conversationType == "channel" ? "@thread.tacv2" : "@thread.v2");
        ConversationTypes.AddOrUpdate(client, conversationType);
        return client;
    }

    public static Activity Teams(this BotClient client, string type, string? serviceUrl = null)
    {
        var activity = client.NewActivity(type);
        var conversationType = ConversationTypes.TryGetValue(client, out var value) ? value : "personal";
        activity.ServiceUrl = serviceUrl ?? "https://smba.trafficmanager.net/apac/";
        activity.Conversation = new ConversationAccount
        {
            Id = client.ConversationId,
            ConversationType = conversationType,
            TenantId = TenantId,
            IsGroup = conversationType == "personal" ? null : true,
        };
        activity.From = new ChannelAccount { Id = client.UserId, Name = "王小明", AadObjectId = "6c1d0000-0000-4000-8000-000000000002" };
        activity.Recipient = new ChannelAccount { Id = BotId, Name = "投诉助手" };
        activity.ChannelData = new JObject { ["tenant"] = new JObject { ["id"] = TenantId } };
        activity.Entities = [new Entity("clientInfo") { Properties = new JObject { ["locale"] = "zh-CN", ["country"] = "CN", ["platform"] = "Windows", ["timezone"] = "Asia/Shanghai" } }];
        return activity;
    }

    /// <summary>A typed message with the <c>text/html</c> copy of its body that Teams adds.</summary>
    public static Activity TeamsMessage(this BotClient client, string text, string? serviceUrl = null)
    {
        var activity = client.Teams(ActivityTypes.Message, serviceUrl);
        activity.Text = text;
        activity.TextFormat = TextFormatTypes.Plain;
        activity.Attachments = [new Attachment { ContentType = "text/html", Content = $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>" }];
        return activity;
    }

    /// <summary>An <c>Action.Submit</c> click: a message with the card's data in <c>value</c> and no text.</summary>
    public static Activity TeamsSubmit(this BotClient client, object value)
    {
        var activity = client.Teams(ActivityTypes.Message);
        activity.Value = JObject.FromObject(value);
        activity.ReplyToId = "1:card";
        return activity;
    }

    /// <summary>Files sent with the attach button: OneDrive download links, plus the <c>text/html</c> body Teams always adds.</summary>
    public static Activity TeamsFiles(this BotClient client, string serviceUrl, params (string Name, string Url)[] files)
    {
        var activity = client.Teams(ActivityTypes.Message, serviceUrl);
        activity.Attachments = [.. files.Select(file => new Attachment
        {
            ContentType = "application/vnd.microsoft.teams.file.download.info",
            Name = file.Name,
            ContentUrl = "https://contoso-my.sharepoint.com/personal/wang_contoso_com/Documents/Microsoft Teams Chat Files/" + file.Name,
            Content = new JObject
            {
                ["downloadUrl"] = file.Url,
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = Path.GetExtension(file.Name).TrimStart('.'),
                ["etag"] = "\"{" + Guid.NewGuid() + "},1\"",
            },
        }), new Attachment { ContentType = "text/html", Content = "<div><div><span>(附件)</span></div></div>" }];
        return activity;
    }

    public static Activity ConversationUpdate(this BotClient client, params string[] memberIds)
    {
        var activity = client.Teams(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [.. memberIds.Select(id => new ChannelAccount { Id = id })];
        return activity;
    }

    public static Activity InstallationUpdate(this BotClient client, string action)
    {
        var activity = client.Teams(ActivityTypes.InstallationUpdate);
        activity.Action = action;
        return activity;
    }

    public static IEnumerable<JObject> Cards(this IEnumerable<Activity> replies) =>
        replies.SelectMany(r => r.Attachments ?? [])
            .Where(a => a.ContentType == "application/vnd.microsoft.card.adaptive")
            .Select(a => a.Content as JObject ?? JObject.Parse(a.Content.ToString()!));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BotClient, string> ConversationTypes = new();
}
