using ComplaintBot.Storage.Tests.Blob.Azurite;

namespace ComplaintBot.Scale.Tests;

/// <summary>Bot processes sharing one Azurite container, each with an evidence folder of its own.</summary>
public sealed class BotCluster : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "complaintbot-scale", Guid.NewGuid().ToString("N"));

    private BotCluster(IReadOnlyList<BotProcess> instances) => Instances = instances;

    public IReadOnlyList<BotProcess> Instances { get; }

    /// <param name="azurite">The account the instances share.</param>
    /// <param name="count">How many instances.</param>
    /// <param name="settings">Settings every instance gets on top of <see cref="Environment"/>, as environment variables.</param>
    public static async Task<BotCluster> StartAsync(AzuriteProcess azurite, int count, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        var container = AzuriteServer.NewContainer();
        var cluster = new BotCluster([]);
        Dictionary<string, string> EnvironmentOf(int i)
        {
            var environment = Environment(azurite, container, Path.Combine(cluster._root, "bot-" + i));
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                environment[key] = value;
            }

            return environment;
        }

        var starts = Enumerable.Range(0, count).Select(i => BotProcess.StartAsync("bot-" + (char)('a' + i), EnvironmentOf(i))).ToList();
        return new BotCluster(await Task.WhenAll(starts));
    }

    public static Dictionary<string, string> Environment(AzuriteProcess azurite, string container, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        return new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__Provider"] = "Blob",
            ["Storage__Blob__ConnectionString"] = azurite.ConnectionString,
            ["Storage__Blob__Container"] = container,
            ["Storage__Blob__RetryDelay"] = "00:00:00.100",
            ["Storage__DataDirectory"] = dataDirectory,
            ["Evidence__DataDirectory"] = dataDirectory,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__ComplaintBot.Bot.Turns.ExactlyOnceTurnRunner"] = "Information",
        };
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
