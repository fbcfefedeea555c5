using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Bot.Adapter;

/// <summary>
/// The <c>Delivery</c> configuration section: how a reply posted to a channel's connector is retried when the
/// channel did not take it (see <see cref="ReplyDelivery"/>). Validated when the host starts.
/// </summary>
public sealed class ReplyDeliveryOptions : IValidatableObject
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Delivery";

    /// <summary>Gets or sets how many times one reply may be posted, the first post included.</summary>
    /// <value>1 to 10; default 4.</value>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Gets or sets the delay before the first retry; later retries back off exponentially, with jitter.</summary>
    /// <value>Default 500 ms. A longer <c>Retry-After</c> from the channel wins.</value>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets or sets the longest backoff between two posts of a reply (a <c>Retry-After</c> may ask for more).</summary>
    /// <value>Default 4 s.</value>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Gets or sets how long one post may wait for the channel's answer.</summary>
    /// <value>Default 10 s. A post that times out is not sent again: the channel may have taken it.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets how long opening a connection to the channel may take.</summary>
    /// <value>Default 5 s; at most <see cref="AttemptTimeout"/>. A connection never opened carried nothing, so it is retried.</value>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Gets or sets the time allowed for delivering one turn's replies, retries and their waits included.</summary>
    /// <value>Default 20 s. No retry starts whose wait would end past it; a post already running may finish.</value>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The wait before post <paramref name="nextAttempt"/> of a reply: full jitter over an exponential ceiling.</summary>
    /// <param name="nextAttempt">The post about to be made (2 for the first retry).</param>
    /// <param name="random">The source of jitter.</param>
    /// <returns>The delay.</returns>
    public TimeSpan Backoff(int nextAttempt, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var ceiling = Math.Min(MaxRetryDelay.TotalMilliseconds, RetryDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(nextAttempt - 2, 0, 20)));

        // Half fixed, half random: replies of many conversations refused together must not come back together.
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
    }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var limit = TimeSpan.FromMinutes(5);
        foreach (var (name, value) in new[]
        {
            (nameof(RetryDelay), RetryDelay),
            (nameof(MaxRetryDelay), MaxRetryDelay),
            (nameof(AttemptTimeout), AttemptTimeout),
            (nameof(ConnectTimeout), ConnectTimeout),
            (nameof(TotalTimeout), TotalTimeout),
        })
        {
            if (value <= TimeSpan.Zero || value > limit)
            {
                yield return new ValidationResult($"{SectionName}:{name} must be more than zero and at most {limit}.", [name]);
            }
        }

        if (RetryDelay > MaxRetryDelay)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(RetryDelay)} must not exceed {nameof(MaxRetryDelay)}.", [nameof(RetryDelay)]);
        }

        if (ConnectTimeout > AttemptTimeout)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(ConnectTimeout)} must not exceed {nameof(AttemptTimeout)}.", [nameof(ConnectTimeout)]);
        }

        if (AttemptTimeout > TotalTimeout)
        {
            yield return new ValidationResult($"{SectionName}:{nameof(AttemptTimeout)} must not exceed {nameof(TotalTimeout)}.", [nameof(AttemptTimeout)]);
        }
    }
}
