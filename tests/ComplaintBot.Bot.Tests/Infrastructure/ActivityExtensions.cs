using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Infrastructure;

public static class ActivityExtensions
{
    /// <summary>The interview step a reply asks (<c>channelData.complaintBot.step</c>), or null.</summary>
    public static string? Step(this Activity activity) =>
        (activity.ChannelData as JObject)?["complaintBot"]?["step"]?.Value<string>();

    /// <summary>The step asked by the last reply that asks one.</summary>
    public static string? LastStep(this IEnumerable<Activity> replies) =>
        replies.Select(Step).LastOrDefault(step => step is not null);

    public static string AllText(this IEnumerable<Activity> replies) =>
        string.Join("\n", replies.Where(r => r.Type == ActivityTypes.Message).Select(r => r.Text ?? string.Empty));

    public static bool ContainsChinese(this string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
