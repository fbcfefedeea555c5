namespace ComplaintBot.Bench.Load;

/// <summary>A turn or a conversation that did not go as a real user's would: counted as an error, never retried.</summary>
internal sealed class TurnFailedException : Exception
{
    public TurnFailedException()
    {
    }

    public TurnFailedException(string message)
        : base(message)
    {
    }

    public TurnFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
