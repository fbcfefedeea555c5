using ComplaintBot.Bench.Load;

namespace ComplaintBot.Bench.Scenarios;

/// <summary>One complete conversation of a scenario, from the first message to its end.</summary>
internal interface ISession
{
    /// <summary>Runs the conversation; throws <see cref="TurnFailedException"/> when it goes wrong.</summary>
    Task RunAsync(CancellationToken cancellationToken);
}
