using System.Text.Json.Nodes;
using ComplaintBot.Bench.Evidence;
using ComplaintBot.Bench.Load;
using ComplaintBot.Bench.Scenarios.Interview;

namespace ComplaintBot.Bench.Scenarios.Echo;

/// <summary>
/// The same shopper's messages sent to the echo baseline in interview order: every answer, the two attachments,
/// "done" and the confirm submit, so both bots receive the same activities and about the same number of turns.
/// </summary>
internal sealed class EchoSession(Conversation conversation, Persona persona, EvidenceFileServer files) : ISession
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var text in persona.Script)
        {
            Expect(await conversation.SayAsync(text, cancellationToken));
        }

        Expect(await conversation.AttachAsync(
            [
                ("photo.jpg", "image/jpeg", files.UrlOf("photo.jpg", persona.FileSeed)),
                ("chat.png", "image/png", files.UrlOf("chat.png", persona.FileSeed + 1)),
            ],
            cancellationToken));
        Expect(await conversation.SayAsync(persona.Done, cancellationToken));
        Expect(await conversation.SubmitAsync(new JsonObject { ["action"] = "confirm", ["complaintId"] = "echo" }, cancellationToken));
    }

    private static void Expect(JsonArray replies)
    {
        if (!Replies.Text(replies).StartsWith("Echo:", StringComparison.Ordinal))
        {
            throw new TurnFailedException("Not an echo: " + Replies.Text(replies));
        }
    }
}
