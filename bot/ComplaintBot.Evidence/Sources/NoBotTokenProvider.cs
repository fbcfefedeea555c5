namespace ComplaintBot.Evidence.Sources;

/// <summary>The default token provider: the bot has no credentials (local runs, the Emulator), so no token.</summary>
public sealed class NoBotTokenProvider : IBotTokenProvider
{
    /// <inheritdoc />
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
