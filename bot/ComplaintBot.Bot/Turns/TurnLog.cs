namespace ComplaintBot.Bot.Turns;

/// <summary>What the turn pipeline logs: counts and kinds, never content.</summary>
internal static partial class TurnLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Turn run {Attempt} lost the race for its state; running again in {Delay}")]
    public static partial void Conflict(ILogger logger, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Turn committed on run {Attempt}")]
    public static partial void CommittedAfterReruns(ILogger logger, int attempt);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Turn gave up after {Attempt} runs lost the race for its state")]
    public static partial void GaveUp(ILogger logger, int attempt);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Redelivered {ActivityType} activity on {ChannelId} was already processed; not run again")]
    public static partial void Redelivery(ILogger logger, string activityType, string channelId);
}
