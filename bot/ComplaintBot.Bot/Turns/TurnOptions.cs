using System.ComponentModel.DataAnnotations;

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
