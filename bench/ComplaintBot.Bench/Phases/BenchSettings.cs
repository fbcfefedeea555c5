using System.Globalization;

namespace ComplaintBot.Bench.Phases;

/// <summary>
/// How long and how hard each phase runs. <c>all</c> fits in about ten minutes on two shared cores; <c>quick</c>
/// is for development (about a minute, no micro-benchmarks). Options on the command line override either.
/// </summary>
internal sealed record BenchSettings
{
    public required string Mode { get; init; }

    public required IReadOnlyList<int> Concurrency { get; init; }

    public required TimeSpan RunDuration { get; init; }

    public required int Rounds { get; init; }

    public required TimeSpan WarmUp { get; init; }

    public required TimeSpan SoakDuration { get; init; }

    public required int SoakInterviews { get; init; }

    public required int SoakConcurrency { get; init; }

    /// <summary>Gets how long interviews run at the soak's concurrency before its samples start: the load phase
    /// leaves a heap sized for 32 users, which shrinks over the next half minute and is not what the soak measures.</summary>
    public required TimeSpan SoakSettle { get; init; }

    public required int FirstReplyStarts { get; init; }

    public required int StateSamples { get; init; }

    public required bool Micro { get; init; }

    public int Seed { get; init; } = 20261111;

    /// <summary>Gets the most conversations one load run may start, whatever its duration.</summary>
    public int MaxConversationsPerRun { get; init; } = 20_000;

    public static BenchSettings All { get; } = new()
    {
        Mode = "all",
        Concurrency = [1, 8, 32],
        RunDuration = TimeSpan.FromSeconds(15),
        Rounds = 2,
        WarmUp = TimeSpan.FromSeconds(5),
        // With the rest of the run this keeps the command near ten minutes; 10 000 interviews fit only on a quiet machine.
        SoakDuration = TimeSpan.FromSeconds(240),
        SoakInterviews = 10_000,
        SoakConcurrency = 8,
        SoakSettle = TimeSpan.FromSeconds(20),
        FirstReplyStarts = 3,
        StateSamples = 8,
        Micro = true,
    };

    public static BenchSettings Quick { get; } = new()
    {
        Mode = "quick",
        Concurrency = [1, 8],
        RunDuration = TimeSpan.FromSeconds(4),
        Rounds = 1,
        WarmUp = TimeSpan.FromSeconds(2),
        SoakDuration = TimeSpan.FromSeconds(15),
        SoakInterviews = 10_000,
        SoakConcurrency = 8,
        SoakSettle = TimeSpan.FromSeconds(2),
        FirstReplyStarts = 1,
        StateSamples = 4,
        Micro = false,
    };

    /// <summary>Applies <c>--name value</c> options.</summary>
    public BenchSettings With(IReadOnlyList<string> options)
    {
        var settings = this;
        for (var i = 0; i + 1 < options.Count; i += 2)
        {
            var value = options[i + 1];
            settings = options[i] switch
            {
                "--concurrency" => settings with { Concurrency = [.. value.Split(',').Select(Int)] },
                "--seconds" => settings with { RunDuration = TimeSpan.FromSeconds(Int(value)) },
                "--rounds" => settings with { Rounds = Int(value) },
                "--soak-seconds" => settings with { SoakDuration = TimeSpan.FromSeconds(Int(value)) },
                "--soak-interviews" => settings with { SoakInterviews = Int(value) },
                "--soak-concurrency" => settings with { SoakConcurrency = Int(value) },
                "--soak-settle-seconds" => settings with { SoakSettle = TimeSpan.FromSeconds(Int(value)) },
                "--first-reply-starts" => settings with { FirstReplyStarts = Int(value) },
                "--micro" => settings with { Micro = bool.Parse(value) },
                "--seed" => settings with { Seed = Int(value) },
                _ => throw new ArgumentException($"Unknown option {options[i]}."),
            };
        }

        return options.Count % 2 == 0 ? settings : throw new ArgumentException($"Option {options[^1]} needs a value.");
    }

    private static int Int(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
