namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// A disposable built the first time it is asked for, at most once, and disposed with its owner only if it was
/// built: what <see cref="OnDemandConnectorClient"/> and <see cref="OnDemandUserTokenClient"/> share.
/// </summary>
/// <typeparam name="T">What is built.</typeparam>
/// <param name="create">Builds it; called at most once.</param>
internal sealed class OnDemand<T>(Func<Task<T>> create) : IDisposable
    where T : class, IDisposable
{
    private readonly Lock _gate = new();
    private Task<T>? _value;
    private bool _disposed;

    /// <summary>Gets a value indicating whether it has been asked for.</summary>
    public bool IsCreated => Volatile.Read(ref _value) is not null;

    /// <summary>Builds it on the first call; every call returns the same task.</summary>
    /// <returns>The value, once built.</returns>
    /// <exception cref="ObjectDisposedException">The owner has been disposed.</exception>
    public Task<T> GetAsync()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _value ??= create();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Task<T>? value;
        lock (_gate)
        {
            _disposed = true;
            value = _value;
        }

        if (value is { IsCompletedSuccessfully: true })
        {
            value.Result.Dispose();
        }
    }
}
