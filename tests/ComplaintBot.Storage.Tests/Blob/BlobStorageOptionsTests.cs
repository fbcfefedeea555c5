using System.ComponentModel.DataAnnotations;
using ComplaintBot.Storage.Blob;

namespace ComplaintBot.Storage.Tests.Blob;

public sealed class BlobStorageOptionsTests
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private const string ConnectionString = "DefaultEndpointsProtocol=https;AccountName=complaintbot;AccountKey=" + AccountKey + ";EndpointSuffix=core.windows.net";
    private const string ServiceUri = "https://complaintbot.blob.core.windows.net";

    [Fact]
    public void Defaults_ContainerAndBoundedRetries()
    {
        var sut = new BlobStorageOptions();

        Assert.Equal("complaintbot-state", sut.Container);
        Assert.Equal(3, sut.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(500), sut.RetryDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), sut.NetworkTimeout);
    }

    [Fact]
    public void Validate_ConnectionStringOnly_IsValid() =>
        Assert.Empty(Validate(new BlobStorageOptions { ConnectionString = ConnectionString }));

    [Fact]
    public void Validate_ServiceUriWithUserAssignedIdentity_IsValid() =>
        Assert.Empty(Validate(new BlobStorageOptions { ServiceUri = ServiceUri, ManagedIdentityClientId = Guid.NewGuid().ToString() }));

    [Fact]
    public void Validate_NeitherConnectionStringNorServiceUri_AsksForExactlyOne()
    {
        var error = Assert.Single(Validate(new BlobStorageOptions()));

        Assert.Contains("exactly one", error.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal([nameof(BlobStorageOptions.ConnectionString), nameof(BlobStorageOptions.ServiceUri)], error.MemberNames);
    }

    [Fact]
    public void Validate_BothConnectionStringAndServiceUri_AsksForExactlyOne()
    {
        var error = Assert.Single(Validate(new BlobStorageOptions { ConnectionString = ConnectionString, ServiceUri = ServiceUri }));

        Assert.Contains("exactly one", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a connection string")]
    [InlineData("AccountName=complaintbot;AccountKey=secret-value-not-base64")]
    public void Validate_MalformedConnectionString_IsInvalidWithoutEchoingIt(string connectionString)
    {
        var error = Assert.Single(Validate(new BlobStorageOptions { ConnectionString = connectionString }));

        Assert.Contains(nameof(BlobStorageOptions.ConnectionString), error.MemberNames);
        Assert.DoesNotContain(connectionString, error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://complaintbot.blob.core.windows.net")]
    [InlineData("https://complaintbot.blob.core.windows.net/?sv=2024&sig=abc")]
    [InlineData("complaintbot.blob.core.windows.net")]
    public void Validate_ServiceUriNotPlainHttps_IsInvalid(string serviceUri)
    {
        var error = Assert.Single(Validate(new BlobStorageOptions { ServiceUri = serviceUri }));

        Assert.Contains(nameof(BlobStorageOptions.ServiceUri), error.MemberNames);
    }

    [Theory]
    [InlineData(ConnectionString, null, "2f0e2f4c-0000-4000-8000-000000000001")]
    [InlineData(null, ServiceUri, "not-a-guid")]
    public void Validate_ManagedIdentityClientIdWithoutServiceUriOrNotAGuid_IsInvalid(string? connectionString, string? serviceUri, string clientId)
    {
        var error = Assert.Single(Validate(new BlobStorageOptions { ConnectionString = connectionString, ServiceUri = serviceUri, ManagedIdentityClientId = clientId }));

        Assert.Contains(nameof(BlobStorageOptions.ManagedIdentityClientId), error.MemberNames);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("complaintbot-state")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890ab")]
    public void Validate_ContainerNameAzureAccepts_IsValid(string container) =>
        Assert.Empty(Validate(new BlobStorageOptions { ConnectionString = ConnectionString, Container = container }));

    [Theory]
    [InlineData("ab")]
    [InlineData("State")]
    [InlineData("double--hyphen")]
    [InlineData("-leading")]
    [InlineData("trailing-")]
    [InlineData("under_score")]
    [InlineData("0123456789012345678901234567890123456789012345678901234567890abc")]
    [InlineData("")]
    public void Validate_ContainerNameAzureRefuses_IsInvalid(string container)
    {
        var error = Assert.Single(Validate(new BlobStorageOptions { ConnectionString = ConnectionString, Container = container }));

        Assert.Contains(nameof(BlobStorageOptions.Container), error.MemberNames);
    }

    [Fact]
    public void Validate_RetrySettingsOutOfRange_AreEachReported()
    {
        var errors = Validate(new BlobStorageOptions
        {
            ConnectionString = ConnectionString,
            MaxRetryAttempts = 11,
            RetryDelay = TimeSpan.FromMilliseconds(-1),
            NetworkTimeout = TimeSpan.Zero,
        });

        Assert.Equal(
            [nameof(BlobStorageOptions.MaxRetryAttempts), nameof(BlobStorageOptions.NetworkTimeout), nameof(BlobStorageOptions.RetryDelay)],
            errors.SelectMany(e => e.MemberNames).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BlobStorage_InvalidOptions_ThrowsArgumentExceptionNamingEveryProblem()
    {
        var ex = Assert.Throws<ArgumentException>(() => new BlobStorage(new BlobStorageOptions { Container = "X" }));

        Assert.Contains("exactly one", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:Blob:Container", ex.Message, StringComparison.Ordinal);
        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void BlobStorage_NullOptions_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new BlobStorage((BlobStorageOptions)null!));

    [Fact]
    public void BlobStorage_ServiceUri_UsesAccountFromUriWithoutContactingIt()
    {
        using var sut = new BlobStorage(new BlobStorageOptions { ServiceUri = ServiceUri, Container = "bot-state" });

        Assert.Equal("complaintbot", sut.AccountName);
        Assert.Equal("bot-state", sut.ContainerName);
    }

    private static List<ValidationResult> Validate(BlobStorageOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
