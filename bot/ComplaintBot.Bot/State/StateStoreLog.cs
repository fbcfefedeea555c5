namespace ComplaintBot.Bot.State;

/// <summary>Log messages of the typed state store.</summary>
internal static partial class StateStoreLog
{
    [LoggerMessage(EventId = 1310, Level = LogLevel.Warning, Message = "Stored state did not fit the property types learned from earlier saves ({Error}); it was read as JSON instead.")]
    public static partial void StoredStateDoesNotFitLearnedTypes(ILogger logger, string error);
}
