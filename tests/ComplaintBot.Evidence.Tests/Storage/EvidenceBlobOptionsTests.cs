using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ComplaintBot.Evidence.Storage;
using ComplaintBot.Evidence.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Evidence.Tests.Storage;

public sealed class EvidenceBlobOptionsTests
{
    private const string ServiceUri = "https://account.blob.core.windows.net";

    // A syntactically valid connection string; the key is Azurite's published development key, not a secret.
    private const string ConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    [Fact]
    public void Bind_EmptySection_HasTheDocumentedBlobDefaults()
    {
        var blob = Resolve([]).Blob;

        Assert.Equal("complaintbot-evidence", blob.Container);
        Assert.Null(blob.ConnectionString);
        Assert.Null(blob.ServiceUri);
        Assert.Null(blob.ManagedIdentityClientId);
        Assert.Equal(3, blob.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(500), blob.RetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(30), blob.NetworkTimeout);
    }

    [Fact]
    public void Resolve_BlobWithoutAccount_FailsNamingBothSettings()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Evidence:Provider"] = "Blob" }));

        Assert.Contains("Evidence:Blob needs exactly one of ConnectionString", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Evidence:Blob:ConnectionString", ConnectionString)]
    [InlineData("Evidence:Blob:ServiceUri", "http://account.blob.core.windows.net")]
    [InlineData("Evidence:Blob:ServiceUri", ServiceUri + "?sv=2024")]
    [InlineData("Evidence:Blob:ManagedIdentityClientId", "not-a-guid")]
    [InlineData("Evidence:Blob:Container", "Evidence")]
    [InlineData("Evidence:Blob:Container", "ab")]
    [InlineData("Evidence:Blob:Container", "a--b")]
    [InlineData("Evidence:Blob:MaxRetryAttempts", "11")]
    [InlineData("Evidence:Blob:RetryDelay", "00:02:00")]
    [InlineData("Evidence:Blob:NetworkTimeout", "00:00:00.5")]
    public void Resolve_BlobWithInvalidSetting_FailsValidation(string key, string value) =>
        Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Evidence:Provider"] = "Blob", ["Evidence:Blob:ServiceUri"] = ServiceUri, [key] = value }));

    [Fact]
    public void Resolve_ManagedIdentityWithConnectionString_FailsValidation()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new()
        {
            ["Evidence:Provider"] = "Blob",
            ["Evidence:Blob:ConnectionString"] = ConnectionString,
            ["Evidence:Blob:ManagedIdentityClientId"] = Guid.NewGuid().ToString(),
        }));

        Assert.Contains("ManagedIdentityClientId", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MalformedConnectionString_FailsWithoutEchoingIt()
    {
        const string secret = "AccountName=x;AccountKey=c2VjcmV0;Nonsense";

        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["Evidence:Provider"] = "Blob", ["Evidence:Blob:ConnectionString"] = secret }));

        Assert.Contains("Evidence:Blob:ConnectionString is not a valid", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_DefaultProviderWithIncompleteBlobSection_IsValid()
    {
        var options = Resolve(new() { ["Evidence:Blob:Container"] = "X" });

        Assert.Equal("Sqlite", options.Provider);
    }

    [Fact]
    public void AddComplaintEvidence_BlobWithServiceUriAndIdentity_RegistersTheBlobStore()
    {
        using var provider = Build(new()
        {
            ["Evidence:Provider"] = "Blob",
            ["Evidence:Blob:ServiceUri"] = ServiceUri,
            ["Evidence:Blob:ManagedIdentityClientId"] = Guid.NewGuid().ToString(),
            ["Evidence:Blob:Container"] = "evidence-prod",
        });

        var store = Assert.IsType<BlobEvidenceStore>(provider.GetRequiredService<IEvidenceStore>());
        Assert.Equal("evidence-prod", store.ContainerName);
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws() =>
        Assert.Throws<ArgumentException>(() => new BlobEvidenceStore(new EvidenceBlobOptions(), TimeProvider.System));

    [Fact]
    public async Task SaveAsync_ServiceUnreachable_ThrowsIOException()
    {
        var options = new EvidenceBlobOptions
        {
            ConnectionString = ConnectionString.Replace("10000", FreeLoopbackPort().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
            MaxRetryAttempts = 0,
            NetworkTimeout = TimeSpan.FromSeconds(5),
        };
        using var store = new BlobEvidenceStore(options, TimeProvider.System);
        var bytes = TestFiles.Jpeg();

        var ex = await Assert.ThrowsAnyAsync<IOException>(() => store.SaveAsync("A", TestFiles.Sha256(bytes), new MemoryStream(bytes), CancellationToken.None));

        Assert.Contains("complaintbot-evidence", ex.Message, StringComparison.Ordinal);
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static EvidenceOptions Resolve(Dictionary<string, string?> settings)
    {
        using var provider = Build(settings);
        return provider.GetRequiredService<IOptions<EvidenceOptions>>().Value;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddComplaintEvidence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), Path.GetTempPath());
        return services.BuildServiceProvider();
    }
}
