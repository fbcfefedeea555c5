using System.ComponentModel.DataAnnotations;
using ComplaintBot.Bot.State;
using ComplaintBot.Storage;

namespace ComplaintBot.Bot.Turns;

/// <summary>The <c>Turns</c> configuration section: how often a turn that lost a race for its state is run again.</summary>
public sealed class TurnOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Turns";

    /// <summary>Gets or sets how many times a turn may run before the user is asked to try again.</summary>
    /// <value>Default 6: two instances racing on one conversation rarely need more than two.</value>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Gets or sets the base of the exponential backoff between runs.</summary>
    /// <value>Milliseconds. Default 20.</value>
    [Range(1, 10_000)]
    public int BaseDelayMilliseconds { get; set; } = 20;

    /// <summary>Gets or sets the largest backoff between runs.</summary>
    /// <value>Milliseconds. Default 1,000.</value>
    [Range(1, 60_000)]
    public int MaxDelayMilliseconds { get; set; } = 1_000;

    /// <summary>Gets or sets whether every turn reads its conversation state from storage, even right after this
    /// instance committed it.</summary>
    /// <value>Default (null): false for SQLite and memory storage, which one instance has to itself; true for Blob
    /// storage, shared by instances that each receive any turn. When false, a turn after this instance's own commit
    /// starts from it, and a change made elsewhere meanwhile costs that turn a rerun (see
    /// <see cref="CommittedStateReuse.InsteadOfRead"/>). Set it false for Blob storage behind sticky sessions.</value>
    public bool? ReadStateEveryTurn { get; set; }

    /// <summary>What conversation state does with this instance's own commits, given the configured storage provider.</summary>
    /// <param name="storageProvider">The storage provider's canonical name (<see cref="StorageProviders"/>).</param>
    /// <returns>The reuse for <see cref="TypedConversationState"/>.</returns>
    public CommittedStateReuse ConversationStateReuse(string? storageProvider) =>
        (ReadStateEveryTurn ?? storageProvider == StorageProviders.Blob)
            ? CommittedStateReuse.WhenStorageMatches
            : CommittedStateReuse.InsteadOfRead;

    /// <summary>The backoff before run <paramref name="nextAttempt"/>: full jitter over an exponential ceiling.</summary>
    /// <param name="nextAttempt">The run about to start (2 for the first rerun).</param>
    /// <param name="random">The source of jitter.</param>
    /// <returns>The delay.</returns>
    public TimeSpan Backoff(int nextAttempt, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var ceiling = Math.Min(MaxDelayMilliseconds, BaseDelayMilliseconds * Math.Pow(2, Math.Clamp(nextAttempt - 2, 0, 20)));

        // Full jitter: two instances that collided once must not collide again on the same schedule.
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
    }
}
