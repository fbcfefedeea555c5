using Microsoft.Bot.Schema;

namespace ComplaintBot.Evidence.Sources;

/// <summary>
/// Tells the evidence step which attachments of a message are files the user sent, so cards, the Teams
/// <c>text/html</c> body copy and other non-file attachments never reach the intake.
/// </summary>
public static class EvidenceAttachmentFilter
{
    /// <summary>Whether an attachment should be offered to the intake.</summary>
    /// <param name="attachment">The attachment.</param>
    /// <returns>True for a Teams file, or any attachment with a content URL that is not a card or HTML body.</returns>
    public static bool IsCandidate(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var type = attachment.ContentType ?? string.Empty;
        if (string.Equals(type, TeamsContentTypes.FileDownloadInfo, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (string.Equals(type, TeamsContentTypes.Html, StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/vnd.microsoft.card.", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/vnd.microsoft.teams.card.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return !string.IsNullOrWhiteSpace(attachment.ContentUrl);
    }

    /// <summary>The attachments of a message that should be offered to the intake, in their original order.</summary>
    /// <param name="attachments">The message's attachments; may be null.</param>
    /// <returns>The candidates.</returns>
    public static IReadOnlyList<Attachment> Candidates(IEnumerable<Attachment>? attachments) =>
        attachments is null ? [] : [.. attachments.Where(a => a is not null && IsCandidate(a))];
}
