using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidSqliteInData()
    {
        var sut = new StorageOptions();

        Assert.Empty(Validate(sut));
        Assert.Equal(StorageProviders.Sqlite, sut.Provider);
        Assert.Equal("data", sut.DataDirectory);
        Assert.Equal("complaintbot.db", sut.SqliteFileName);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("MEMORY")]
    [InlineData(" Sqlite ")]
    [InlineData("memory")]
    public void Validate_KnownProviderInAnyCase_IsValid(string provider) =>
        Assert.Empty(Validate(new StorageOptions { Provider = provider }));

    [Theory]
    [InlineData("Blobs")]
    [InlineData("sqlite3")]
    [InlineData("")]
    public void Validate_UnknownProvider_ReportsProvider(string provider)
    {
        var error = Assert.Single(Validate(new StorageOptions { Provider = provider }));

        Assert.Contains(nameof(StorageOptions.Provider), error.MemberNames);
    }

    [Fact]
    public void Validate_UnknownProvider_NamesTheAllowedProviders()
    {
        var error = Assert.Single(Validate(new StorageOptions { Provider = "Cosmos" }));

        Assert.Contains("Sqlite, Memory, Blob", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlobProviderWithoutAccount_ReportsTheBlobSettings()
    {
        var error = Assert.Single(Validate(new StorageOptions { Provider = "blob" }));

        Assert.Equal(["Blob.ConnectionString", "Blob.ServiceUri"], error.MemberNames);
        Assert.Contains("Storage:Blob", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlobProviderWithConnectionString_IsValid()
    {
        var options = new StorageOptions { Provider = StorageProviders.Blob };
        options.Blob.ConnectionString = "UseDevelopmentStorage=true";

        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Validate_BrokenBlobSettingsWhileSqliteIsChosen_AreIgnored()
    {
        var options = new StorageOptions { Provider = StorageProviders.Sqlite };
        options.Blob.Container = "Not_A_Container";

        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData("sub/state.db")]
    [InlineData("../state.db")]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_SqliteFileNameNotAPlainName_IsInvalid(string fileName)
    {
        var errors = Validate(new StorageOptions { SqliteFileName = fileName });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(StorageOptions.SqliteFileName)));
    }

    [Fact]
    public void Validate_EmptyDataDirectory_IsInvalid()
    {
        var errors = Validate(new StorageOptions { DataDirectory = string.Empty });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(StorageOptions.DataDirectory)));
    }

    [Fact]
    public void ResolveSqlitePath_RelativeDirectory_IsUnderBasePath()
    {
        var basePath = Path.Combine(Path.GetTempPath(), "content-root");

        var path = new StorageOptions { DataDirectory = "state/data" }.ResolveSqlitePath(basePath);

        Assert.Equal(Path.Combine(basePath, "state", "data", "complaintbot.db"), path);
    }

    [Fact]
    public void ResolveSqlitePath_AbsoluteDirectory_IgnoresBasePath()
    {
        var absolute = Path.Combine(Path.GetTempPath(), "elsewhere");

        var path = new StorageOptions { DataDirectory = absolute, SqliteFileName = "bot.db" }.ResolveSqlitePath("/content-root");

        Assert.Equal(Path.Combine(absolute, "bot.db"), path);
    }

    private static List<ValidationResult> Validate(StorageOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
