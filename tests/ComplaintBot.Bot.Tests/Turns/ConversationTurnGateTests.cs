using ComplaintBot.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Bot.Tests.Turns;

public sealed class ConversationTurnGateTests
{
    [Fact]
    public async Task OnTurnAsync_SameConversation_RunsTurnsOneAtATime()
    {
        var gate = new ConversationTurnGate();
        var probe = new ConcurrencyProbe();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RunTurnAsync(gate, "c1", probe)));

        Assert.Equal(1, probe.MaxInside);
        Assert.Equal(8, probe.Completed);
        Assert.Equal(0, gate.ActiveConversations);
    }

    [Fact]
    public async Task OnTurnAsync_DifferentConversations_RunTogether()
    {
        var gate = new ConversationTurnGate();
        var probe = new ConcurrencyProbe(waitForOthers: 2);

        // Each turn waits until two turns are inside at once; serialising them would never finish.
        var both = Task.WhenAll(RunTurnAsync(gate, "c1", probe), RunTurnAsync(gate, "c2", probe));
        var finished = await Task.WhenAny(both, Task.Delay(TimeSpan.FromSeconds(30)));

        Assert.Same(both, finished);
        Assert.Equal(2, probe.MaxInside);
    }

    [Fact]
    public async Task OnTurnAsync_TurnThrows_ReleasesTheGate()
    {
        var gate = new ConversationTurnGate();

        await Assert.ThrowsAsync<InvalidOperationException>(() => gate.OnTurnAsync(Context("c1"), _ => throw new InvalidOperationException("boom")));
        await gate.OnTurnAsync(Context("c1"), _ => Task.CompletedTask);

        Assert.Equal(0, gate.ActiveConversations);
    }

    private static Task RunTurnAsync(ConversationTurnGate gate, string conversationId, ConcurrencyProbe probe) =>
        Task.Run(() => gate.OnTurnAsync(Context(conversationId), probe.RunAsync));

    private static TurnContext Context(string conversationId) =>
        new(new TestAdapter(), new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "test",
            Conversation = new ConversationAccount { Id = conversationId },
        });

    private sealed class ConcurrencyProbe(int waitForOthers = 0)
    {
        private int _inside;
        private int _maxInside;
        private int _completed;
        private readonly TaskCompletionSource _enough = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int MaxInside => Volatile.Read(ref _maxInside);

        public int Completed => Volatile.Read(ref _completed);

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            var inside = Interlocked.Increment(ref _inside);
            InterlockedMax(ref _maxInside, inside);
            if (waitForOthers > 0 && inside >= waitForOthers)
            {
                _enough.TrySetResult();
            }

            if (waitForOthers > 0)
            {
                await _enough.Task.WaitAsync(cancellationToken);
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5), cancellationToken); // widen the window a missing gate would show in
            }

            Interlocked.Decrement(ref _inside);
            Interlocked.Increment(ref _completed);
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int current;
            while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
            {
            }
        }
    }
}
