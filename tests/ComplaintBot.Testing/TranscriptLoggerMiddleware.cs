using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Xunit.Abstractions;

namespace ComplaintBot.Testing;

/// <summary>Writes every incoming and outgoing activity of a test conversation to the xunit output.</summary>
public sealed class TranscriptLoggerMiddleware(ITestOutputHelper output) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        output.WriteLine($"User> {Describe(turnContext.Activity)}");
        turnContext.OnSendActivities(async (ctx, activities, nextSend) =>
        {
            foreach (var activity in activities)
            {
                output.WriteLine($" Bot> {Describe(activity)}");
            }

            return await nextSend().ConfigureAwait(false);
        });
        await next(cancellationToken).ConfigureAwait(false);
    }

    public static string Describe(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity is not IMessageActivity message || activity.Type != ActivityTypes.Message)
        {
            return $"[{activity.Type}]";
        }

        var parts = new List<string> { message.Text ?? "(no text)" };
        if (message.Value is not null)
        {
            parts.Add($"value={message.Value}");
        }

        if (message.SuggestedActions?.Actions?.Count > 0)
        {
            parts.Add("suggested=[" + string.Join(", ", message.SuggestedActions.Actions.Select(a => a.Title)) + "]");
        }

        if (message.Attachments?.Count > 0)
        {
            parts.Add("attachments=[" + string.Join(", ", message.Attachments.Select(a => a.ContentType)) + "]");
        }

        return string.Join(" | ", parts);
    }
}
