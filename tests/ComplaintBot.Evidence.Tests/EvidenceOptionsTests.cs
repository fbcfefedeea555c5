using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Evidence.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Evidence.Tests;

public sealed class EvidenceOptionsTests
{
    [Fact]
    public void Bind_EmptySection_HasTheDocumentedDefaults()
    {
        var options = Resolve([]);

        Assert.Equal("Sqlite", options.Provider);
        Assert.Equal("data", options.DataDirectory);
        Assert.Equal(20L * 1024 * 1024, options.MaxFileBytes);
        Assert.Equal(100L * 1024 * 1024, options.MaxComplaintBytes);
        Assert.Equal(20, options.MaxFilesPerComplaint);
        Assert.Equal(30, options.DownloadTimeoutSeconds);
        Assert.Equal(10, options.AttemptTimeoutSeconds);
        Assert.Equal(3, options.MaxRetryAttempts);
        Assert.Equal(1000, options.RetryBaseDelayMilliseconds);
        Assert.Equal(3, options.MaxRedirects);
        Assert.Empty(options.AllowedHosts);
        Assert.Empty(options.TokenHosts);
    }

    [Fact]
    public void Bind_ListsAndLimits_AreRead()
    {
        var options = Resolve(new() { ["Evidence:AllowedHosts:0"] = "directline.internal", ["Evidence:MaxFileBytes"] = "1048576" });

        Assert.Equal(["directline.internal"], options.AllowedHosts);
        Assert.Equal(1_048_576, options.MaxFileBytes);
    }

    [Theory]
    [InlineData("Evidence:Provider", "Ftp")]
    [InlineData("Evidence:MaxFileBytes", "0")]
    [InlineData("Evidence:MaxFileBytes", "209715200")]
    [InlineData("Evidence:MaxFilesPerComplaint", "0")]
    [InlineData("Evidence:AttemptTimeoutSeconds", "60")]
    [InlineData("Evidence:MaxRetryAttempts", "0")]
    public void Resolve_InvalidSetting_FailsValidation(string key, string value) =>
        Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

    [Fact]
    public void AddComplaintEvidence_Defaults_RegistersIntakeAndSqliteStoreInTheDataDirectory()
    {
        var basePath = Path.Combine(Path.GetTempPath(), "complaintbot-options-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var provider = Build([], basePath);

            Assert.IsType<EvidenceIntake>(provider.GetRequiredService<IEvidenceIntake>());
            var store = Assert.IsType<SqliteEvidenceStore>(provider.GetRequiredService<IEvidenceStore>());
            Assert.Equal(Path.Combine(basePath, "data", "evidence.db"), store.DatabasePath);
        }
        finally
        {
            if (Directory.Exists(basePath))
            {
                Directory.Delete(basePath, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("Local")]
    [InlineData("local")]
    public void AddComplaintEvidence_LocalProvider_RegistersTheFolderStoreUnderTheDataDirectory(string provider)
    {
        var basePath = Path.Combine(Path.GetTempPath(), "complaintbot-options-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var services = Build(new() { ["Evidence:Provider"] = provider }, basePath);

            var store = Assert.IsType<LocalFolderEvidenceStore>(services.GetRequiredService<IEvidenceStore>());
            Assert.Equal(Path.Combine(basePath, "data", "evidence"), store.RootDirectory);
        }
        finally
        {
            if (Directory.Exists(basePath))
            {
                Directory.Delete(basePath, recursive: true);
            }
        }
    }

    private static EvidenceOptions Resolve(Dictionary<string, string?> settings)
    {
        using var provider = Build(settings, Path.GetTempPath());
        return provider.GetRequiredService<IOptions<EvidenceOptions>>().Value;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, string basePath)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddComplaintEvidence(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), basePath);
        return services.BuildServiceProvider();
    }
}
