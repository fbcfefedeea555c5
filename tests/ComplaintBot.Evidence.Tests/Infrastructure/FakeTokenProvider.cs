using ComplaintBot.Evidence.Sources;

namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>Hands out a fixed token.</summary>
public sealed class FakeTokenProvider(string? token) : IBotTokenProvider
{
    public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult(token);
}
