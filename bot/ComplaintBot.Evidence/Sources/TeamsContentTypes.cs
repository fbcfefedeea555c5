namespace ComplaintBot.Evidence.Sources;

/// <summary>Attachment types and ids of the Teams channel.</summary>
public static class TeamsContentTypes
{
    /// <summary>The channel id of Microsoft Teams.</summary>
    public const string ChannelId = "msteams";

    /// <summary>A file the user attached; the bytes are at <c>content.downloadUrl</c>, fetched without a token.</summary>
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The rendered message body Teams adds to ordinary messages; never evidence.</summary>
    public const string Html = "text/html";
}
