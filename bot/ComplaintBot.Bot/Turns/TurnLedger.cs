using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace ComplaintBot.Bot.Turns;

/// <summary>
/// The fingerprints of the last activities a conversation processed, committed with the turn that processed
/// them. A channel that redelivers an activity (its POST timed out, the instance died after the commit) finds
/// the fingerprint and the turn is not run a second time.
/// </summary>
/// <remarks>
/// A fingerprint covers the activity id and its content, not the id alone: an id reused for different content
/// is a new message, not a redelivery. Holds ids and hashes only, never what the user wrote.
/// </remarks>
public sealed class TurnLedger
{
    /// <summary>The conversation-state property holding the ledger.</summary>
    public const string Property = "TurnLedger";

    /// <summary>How many fingerprints are kept; redeliveries come within seconds, so a short memory is enough.</summary>
    public const int Capacity = 64;

    /// <summary>Gets or sets the fingerprints, oldest first.</summary>
    public List<string> Recent { get; set; } = [];

    /// <summary>Computes the fingerprint of an inbound activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>A short hex hash, or null when the activity has no id (it cannot be told apart from a new one).</returns>
    public static string? Fingerprint(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            return null;
        }

        var message = activity as IMessageActivity;
        var content = JsonConvert.SerializeObject(new
        {
            activity.Type,
            activity.Id,
            From = activity.From?.Id,
            message?.Text,
            Value = (activity as Activity)?.Value,
            Attachments = message?.Attachments?.Select(a => new { a.ContentType, a.ContentUrl, a.Name }),
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)).AsSpan(0, 12));
    }

    /// <summary>Tells whether this fingerprint was already committed.</summary>
    /// <param name="fingerprint">A fingerprint from <see cref="Fingerprint"/>.</param>
    /// <returns>True for a redelivered activity.</returns>
    public bool Contains(string fingerprint) => Recent.Contains(fingerprint, StringComparer.Ordinal);

    /// <summary>Records a fingerprint, forgetting the oldest beyond <see cref="Capacity"/>.</summary>
    /// <param name="fingerprint">A fingerprint from <see cref="Fingerprint"/>.</param>
    public void Remember(string fingerprint)
    {
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        Recent.Add(fingerprint);
        if (Recent.Count > Capacity)
        {
            Recent.RemoveRange(0, Recent.Count - Capacity);
        }
    }
}
