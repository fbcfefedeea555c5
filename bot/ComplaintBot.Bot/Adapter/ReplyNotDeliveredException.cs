namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// Thrown when replies of a committed turn could not be handed to the channel: the channel kept refusing them past
/// <see cref="ReplyDeliveryOptions"/>' limits, or refused one outright.
/// </summary>
/// <remarks>
/// The turn's state was committed before anything was sent, and it stays as committed: the turn is not run again
/// and nothing is rolled back (<see cref="TurnErrorHandler"/> leaves state alone for this exception). The replies
/// after the first undelivered one were not sent either, so the channel never shows a later reply without an
/// earlier one. The channel's own error is kept in <see cref="Exception.InnerException"/>.
/// </remarks>
public sealed class ReplyNotDeliveredException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ReplyNotDeliveredException"/> class.</summary>
    public ReplyNotDeliveredException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReplyNotDeliveredException"/> class.</summary>
    /// <param name="message">What was not delivered.</param>
    public ReplyNotDeliveredException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ReplyNotDeliveredException"/> class.</summary>
    /// <param name="message">What was not delivered.</param>
    /// <param name="innerException">The channel's last error.</param>
    public ReplyNotDeliveredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
