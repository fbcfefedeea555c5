namespace ComplaintBot.Bench.Load;

/// <summary>What one load run observed: every turn's latency, completed conversations, and errors with a sample message.</summary>
internal sealed class TurnLog
{
    private readonly Lock _sync = new();
    private readonly List<double> _latenciesMs = new(capacity: 65_536);
    private readonly List<string> _steps = new(capacity: 65_536);
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);
    private int _conversations;
    private int _reasks;

    /// <summary>Gets the conversations completed so far, cheaply, for progress sampling during a run.</summary>
    public int CompletedCount => Volatile.Read(ref _conversations);

    /// <summary>Records one turn's latency and what the turn answered (a step id, or a kind of turn).</summary>
    public void Turn(TimeSpan latency, string step)
    {
        lock (_sync)
        {
            _latenciesMs.Add(latency.TotalMilliseconds);
            _steps.Add(step);
        }
    }

    public void Completed()
    {
        lock (_sync)
        {
            _conversations++;
        }
    }

    /// <summary>Counts a question asked again because the generator's answer was not accepted.</summary>
    public void Reasked()
    {
        lock (_sync)
        {
            _reasks++;
        }
    }

    public void Error(string message)
    {
        // Errors are grouped by their first words so one failure mode shows once with its count.
        var key = message.Length <= 160 ? message : message[..160];
        lock (_sync)
        {
            _errors[key] = _errors.GetValueOrDefault(key) + 1;
        }
    }

    public TurnLogSnapshot Snapshot()
    {
        lock (_sync)
        {
            return new TurnLogSnapshot([.. _latenciesMs], [.. _steps], _conversations, _reasks, new Dictionary<string, int>(_errors, StringComparer.Ordinal));
        }
    }
}
