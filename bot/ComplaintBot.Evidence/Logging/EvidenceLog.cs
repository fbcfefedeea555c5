using System.Net;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Evidence.Logging;

/// <summary>
/// Log messages of the evidence pipeline. They carry codes, sizes, types and short hashes only: never file names,
/// URLs (Teams links are pre-authenticated) or anything the user wrote.
/// </summary>
internal static partial class EvidenceLog
{
    // Debug: an accepted file is the normal case, counted and traced by kind (complaintbot.evidence.accepted,
    // evidence.intake); on the console, a line per file was 1.7 % of the host's CPU under load.
    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug, Message = "Evidence accepted on {ChannelId}: {ContentType}, {SizeBytes} bytes, sha256 {ShortHash}")]
    public static partial void Accepted(ILogger logger, string channelId, string contentType, long sizeBytes, string shortHash);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Evidence refused on {ChannelId}: {RefusalCode}")]
    public static partial void Refused(ILogger logger, string channelId, string refusalCode);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Evidence download failed on {ChannelId} with {ErrorType}")]
    public static partial void DownloadFailed(ILogger logger, string channelId, string errorType);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Evidence could not be stored ({ErrorType})")]
    public static partial void StoreFailed(ILogger logger, string errorType);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Warning, Message = "Outbound request retry {Attempt} in {Delay} after status {StatusCode} or {ErrorType}")]
    public static partial void Retrying(ILogger logger, int attempt, TimeSpan delay, HttpStatusCode? statusCode, string? errorType);
}
