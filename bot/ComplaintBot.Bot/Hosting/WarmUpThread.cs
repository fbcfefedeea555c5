namespace ComplaintBot.Bot.Hosting;

/// <summary>
/// Runs start-up work on a thread of its own instead of a thread-pool worker. The pool starts with one worker per
/// core and the host keeps it there (hill climbing is off), so work that held a worker for up to a second after a
/// start left the first user's request queued behind it; on its own thread it shares the cores with that request.
/// </summary>
internal static class WarmUpThread
{
    /// <summary>Starts <paramref name="work"/> on a new background thread.</summary>
    /// <param name="name">The thread's name, for diagnostics.</param>
    /// <param name="work">The work.</param>
    /// <param name="cancellationToken">Skips the work when cancelled before the thread starts it.</param>
    /// <returns>A task that completes with the work: faulted when it throws, cancelled when it was skipped.</returns>
    public static Task Run(string name, Action work, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                done.SetCanceled(cancellationToken);
                return;
            }

            try
            {
                work();
                done.SetResult();
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = name,
        };
        thread.Start();
        return done.Task;
    }
}
