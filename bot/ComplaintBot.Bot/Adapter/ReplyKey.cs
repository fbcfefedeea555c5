using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// The idempotency key of one reply: the same for every post of that reply, different for every other reply. Derived
/// from the inbound activity and the reply's place among the turn's replies, so it needs no storage and the channel
/// sees a retry as the same request (<c>Repeatability-Request-ID</c>).
/// </summary>
internal static class ReplyKey
{
    // Short: the SDK's turn-state collection hashes its keys with culture-aware collation, which costs by the character.
    private const string CounterKey = "cb.reply#";

    /// <summary>Gives the next reply of the turn its key.</summary>
    /// <param name="turnContext">The turn whose reply it is.</param>
    /// <returns>A UUID-shaped key.</returns>
    public static string Next(ITurnContext turnContext)
    {
        var ordinal = turnContext.TurnState.Get<object>(CounterKey) is int count ? count + 1 : 1;
        turnContext.TurnState[CounterKey] = ordinal;
        var activity = turnContext.Activity;

        // An activity without an id (a proactive turn) has nothing stable to derive from; a random part keeps its keys unique.
        var turn = activity.Id ?? Guid.NewGuid().ToString("N");
        var source = string.Join('\n', activity.ChannelId, activity.Conversation?.Id, turn, ordinal);

        // Hashed, so the key carries no conversation id of its own.
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(source)).AsSpan(0, 16)).ToString("D");
    }
}
