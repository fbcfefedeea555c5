namespace ComplaintBot.Bot.Turns;

/// <summary>
/// A turn lost the race for its conversation's state on every allowed run. Nothing of it was written or sent;
/// the user is asked to send the message again.
/// </summary>
public sealed class TurnNotCommittedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="TurnNotCommittedException"/> class.</summary>
    public TurnNotCommittedException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TurnNotCommittedException"/> class.</summary>
    /// <param name="message">What happened.</param>
    public TurnNotCommittedException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="TurnNotCommittedException"/> class.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="innerException">The last conflict.</param>
    public TurnNotCommittedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
