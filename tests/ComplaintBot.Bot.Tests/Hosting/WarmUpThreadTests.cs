using ComplaintBot.Bot.Hosting;

namespace ComplaintBot.Bot.Tests.Hosting;

public sealed class WarmUpThreadTests
{
    [Fact]
    public async Task Run_DoesTheWorkOnANamedThreadOutsideThePool()
    {
        bool? onPool = null;
        string? name = null;

        await WarmUpThread.Run("test warm-up", () => (onPool, name) = (Thread.CurrentThread.IsThreadPoolThread, Thread.CurrentThread.Name), CancellationToken.None);

        Assert.False(onPool);
        Assert.Equal("test warm-up", name);
    }

    [Fact]
    public async Task Run_WorkThrows_TaskFaultsWithTheException()
    {
        var task = WarmUpThread.Run("test warm-up", () => throw new InvalidOperationException("model missing"), CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => task);
        Assert.Equal("model missing", thrown.Message);
    }

    [Fact]
    public async Task Run_CancelledBeforeStart_SkipsTheWork()
    {
        var ran = false;

        var task = WarmUpThread.Run("test warm-up", () => ran = true, new CancellationToken(canceled: true));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => task);
        Assert.False(ran);
    }
}
