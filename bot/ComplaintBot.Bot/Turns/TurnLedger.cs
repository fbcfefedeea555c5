using System.Globalization;
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

        // The JSON of { Type, Id, From, Text, Value, Attachments: [{ ContentType, ContentUrl, Name }] }, written
        // field by field: the same text the default serializer made of that anonymous object (so fingerprints
        // committed by an earlier version still match), without resolving an anonymous type's contract per turn.
        var message = activity as IMessageActivity;
        string content;
        using (var text = new StringWriter(CultureInfo.InvariantCulture))
        {
            using (var json = new JsonTextWriter(text))
            {
                json.WriteStartObject();
                WriteProperty(json, "Type", activity.Type);
                WriteProperty(json, "Id", activity.Id);
                WriteProperty(json, "From", activity.From?.Id);
                WriteProperty(json, "Text", message?.Text);
                json.WritePropertyName("Value");
                JsonSerializer.CreateDefault().Serialize(json, (activity as Activity)?.Value);
                json.WritePropertyName("Attachments");
                WriteAttachments(json, message?.Attachments);
                json.WriteEndObject();
            }

            content = text.ToString();
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)).AsSpan(0, 12));
    }

    private static void WriteAttachments(JsonWriter json, IList<Attachment>? attachments)
    {
        if (attachments is null)
        {
            json.WriteNull();
            return;
        }

        json.WriteStartArray();
        foreach (var attachment in attachments)
        {
            if (attachment is null)
            {
                json.WriteNull();
                continue;
            }

            json.WriteStartObject();
            WriteProperty(json, "ContentType", attachment.ContentType);
            WriteProperty(json, "ContentUrl", attachment.ContentUrl);
            WriteProperty(json, "Name", attachment.Name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProperty(JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
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
