using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Evidence.Network;
using ComplaintBot.Evidence.Sources;
using ComplaintBot.Evidence.Storage;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>
/// The evidence pipeline exactly as the host registers it (<see cref="EvidenceServiceCollectionExtensions.AddComplaintEvidence"/>),
/// with a temporary data directory, a table resolver, a recording logger and fast retries. Connections leave only
/// to loopback addresses (<see cref="LoopbackOnlyConnections"/>).
/// </summary>
public sealed class IntakeHarness : IDisposable
{
    public const string ComplaintId = "C20260501-0000abcd";

    private readonly ServiceProvider services;

    public IntakeHarness(IDictionary<string, string?>? settings = null, IBotTokenProvider? tokens = null, TimeProvider? time = null)
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "complaintbot-evidence-tests-" + Guid.NewGuid().ToString("N"));
        var values = new Dictionary<string, string?>
        {
            ["Evidence:DataDirectory"] = DataDirectory,
            ["Evidence:RetryBaseDelayMilliseconds"] = "10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var collection = new ServiceCollection();
        collection.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        collection.AddSingleton<IHostAddressResolver>(Resolver);
        if (tokens is not null)
        {
            collection.AddSingleton(tokens);
        }

        if (time is not null)
        {
            collection.AddSingleton(time);
        }

        collection.AddComplaintEvidence(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), DataDirectory);
        foreach (var client in new[] { EvidenceHttpClients.Evidence, EvidenceHttpClients.EvidenceExempt })
        {
            // Runs after the registration's own actions, so the primary handler is already the guarded one.
            collection.Configure<HttpClientFactoryOptions>(client, o => o.HttpMessageHandlerBuilderActions.Add(b => Connections.Wrap((SocketsHttpHandler)b.PrimaryHandler)));
        }

        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public string DataDirectory { get; }

    public FakeHostResolver Resolver { get; } = new();

    public LoopbackOnlyConnections Connections { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public IEvidenceIntake Intake => services.GetRequiredService<IEvidenceIntake>();

    public IEvidenceStore Store => services.GetRequiredService<IEvidenceStore>();

    /// <summary>Settings that let downloads reach the loopback test server through the allow-list.</summary>
    public static Dictionary<string, string?> AllowLoopback(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Evidence:AllowedHosts:0"] = "127.0.0.1" };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static EvidenceIntakeRequest Request(
        Attachment attachment,
        string channelId = "directline",
        string? serviceUrl = "https://directline.botframework.com/",
        string locale = "zh-CN",
        int filesAccepted = 0,
        long bytesAccepted = 0,
        string complaintId = ComplaintId) =>
        new(attachment, channelId, serviceUrl, complaintId, locale, filesAccepted, bytesAccepted);

    public static Attachment File(string url, string? name = "photo.jpg", string contentType = "image/jpeg") =>
        new() { ContentUrl = url, Name = name, ContentType = contentType };

    public Task<EvidenceIntakeResult> AcceptAsync(EvidenceIntakeRequest request) => Intake.AcceptAsync(request, CancellationToken.None);

    public void Dispose()
    {
        services.Dispose();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
