namespace ComplaintBot.Bot.Turns;

/// <summary>A state as its commit wrote it.</summary>
/// <param name="Json">The stored text, as a read returns it.</param>
/// <param name="ETag">The version it was stored as, when the provider reports it; null otherwise.</param>
public sealed record CommittedState(string Json, string? ETag);
