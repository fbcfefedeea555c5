using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Tests.Support;

internal static class Texts
{
    public static string[] Of(IEnumerable<IMessageActivity> replies) => replies.Select(r => r.Text ?? string.Empty).ToArray();
}
