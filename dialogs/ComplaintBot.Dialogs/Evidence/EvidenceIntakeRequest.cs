using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Evidence;

/// <summary>One attachment offered as evidence, with what the intake needs to judge it.</summary>
/// <param name="Attachment">The attachment as the channel sent it (never the Teams <c>text/html</c> body copy).</param>
/// <param name="ChannelId">The channel (<c>emulator</c>, <c>directline</c>, <c>webchat</c>, <c>msteams</c>, ...).</param>
/// <param name="ServiceUrl">The activity's service URL: attachments on its host are the channel's own.</param>
/// <param name="ComplaintId">The complaint the file belongs to.</param>
/// <param name="Locale">The user's language, for refusal messages.</param>
/// <param name="FilesAccepted">How many files the complaint already has.</param>
/// <param name="BytesAccepted">How many bytes the complaint's files already take.</param>
public sealed record EvidenceIntakeRequest(
    Attachment Attachment,
    string ChannelId,
    string? ServiceUrl,
    string ComplaintId,
    string Locale,
    int FilesAccepted,
    long BytesAccepted);
