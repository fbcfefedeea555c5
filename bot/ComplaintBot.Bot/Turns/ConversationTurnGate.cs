using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.Turns;

/// <summary>
/// Runs the turns of one conversation one at a time on this instance. Conversation state is read at the start
/// of a turn and written at its end; two messages of one conversation processed together would otherwise both
/// start from the same state and the later save would drop the earlier answer.
/// </summary>
/// <remarks>
/// Different conversations never wait for each other. Gates are reference counted and removed when no turn
/// holds or awaits them, so memory stays proportional to the conversations active right now.
/// </remarks>
public sealed class ConversationTurnGate : Microsoft.Bot.Builder.IMiddleware
{
    private readonly Dictionary<string, Gate> _gates = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    /// <summary>Gets the number of conversations that currently hold or await a gate (for tests and metrics).</summary>
    public int ActiveConversations
    {
        get
        {
            lock (_sync)
            {
                return _gates.Count;
            }
        }
    }

    /// <inheritdoc />
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var key = KeyOf(turnContext.Activity);
        var gate = Acquire(key);
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await next(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            Release(key, gate);
        }
    }

    private static string KeyOf(Microsoft.Bot.Schema.Activity activity) =>
        $"{activity.ChannelId}/{activity.Conversation?.Id}";

    private Gate Acquire(string key)
    {
        lock (_sync)
        {
            if (!_gates.TryGetValue(key, out var gate))
            {
                gate = new Gate();
                _gates[key] = gate;
            }

            gate.Users++;
            return gate;
        }
    }

    private void Release(string key, Gate gate)
    {
        lock (_sync)
        {
            if (--gate.Users == 0)
            {
                _gates.Remove(key);
                gate.Semaphore.Dispose();
            }
        }
    }

    private sealed class Gate
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }
}
