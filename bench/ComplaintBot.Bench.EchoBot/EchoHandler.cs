using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bench.EchoBot;

/// <summary>
/// Answers every message with one text reply and nothing else: no state, no recognizers, no cards. What is left
/// is the cost of the Bot Framework pipeline itself, which the interview is compared against.
/// </summary>
internal sealed class EchoHandler : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var text = activity.Text ?? $"{activity.Attachments?.Count ?? 0} attachment(s), value: {activity.Value is not null}";
        return turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + text), cancellationToken);
    }
}
