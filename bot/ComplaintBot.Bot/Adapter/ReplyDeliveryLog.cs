namespace ComplaintBot.Bot.Adapter;

/// <summary>What <see cref="ReplyDelivery"/> logs: keys, counts and status codes, never content.</summary>
internal static partial class ReplyDeliveryLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Reply {ReplyKey} was not taken by the channel ({Reason}) on post {Attempt}; posting again in {Delay}")]
    public static partial void Retrying(ILogger logger, string replyKey, string reason, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Reply {ReplyKey} delivered on post {Attempt}")]
    public static partial void DeliveredAfterRetries(ILogger logger, string replyKey, int attempt);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Reply {ReplyKey} may or may not have reached the channel ({Reason}) on post {Attempt}; not posted again, so it is never shown twice")]
    public static partial void OutcomeUnknown(ILogger logger, string replyKey, string reason, int attempt);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Error, Message = "Reply {ReplyKey} not delivered ({Reason}) after {Attempt} posts in {Elapsed}; {NotSent} replies of the turn not sent")]
    public static partial void GaveUp(ILogger logger, string replyKey, string reason, int attempt, TimeSpan elapsed, int notSent);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Typing indicator not delivered ({Reason}); it is not retried")]
    public static partial void TypingDropped(ILogger logger, string reason);
}
