using Newtonsoft.Json.Linq;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>What came back for a case that was taken: the answers, the stored echoes and the bot's replies.</summary>
/// <param name="Target">What the case was built against.</param>
/// <param name="Ids">The activity ids the channel answered with, one per send.</param>
/// <param name="Echoes">The user's activities as stored, in the order sent.</param>
/// <param name="Replies">The bot's activities that reply to them.</param>
/// <param name="RawActivities">The raw body of the activities page read back, to see how text is written on the wire.</param>
public sealed record BadInputOutcome(BadInputTarget Target, IReadOnlyList<string> Ids, IReadOnlyList<JObject> Echoes, IReadOnlyList<JObject> Replies, string RawActivities)
{
    /// <summary>Gets the first stored echo.</summary>
    public JObject Echo => Echoes[0];
}
