using ComplaintBot.Teams.Packager.Configuration;
using ComplaintBot.Teams.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace ComplaintBot.Teams.Tests.Configuration;

public sealed class TeamsAppSettingsTests
{
    [Fact]
    public void FromConfiguration_OnlyRequiredKeys_AppliesDefaults()
    {
        var sut = Read(TestSettings.ValidEntries());

        Assert.Equal(TestSettings.AppId, sut.BotId);
        Assert.Equal(TestSettings.AppId, sut.AppId);
        Assert.Equal("1.0.0", sut.Version);
        Assert.Equal("ComplaintBot", sut.DeveloperName);
        Assert.Equal(TestSettings.WebsiteUrl, sut.PrivacyUrl);
        Assert.Equal(TestSettings.WebsiteUrl, sut.TermsOfUseUrl);
        Assert.Equal("#D9480F", sut.AccentColor);
        Assert.Empty(sut.ValidDomains);
        Assert.Empty(sut.Validate());
    }

    [Fact]
    public void FromConfiguration_EverySetting_IsRead()
    {
        var entries = TestSettings.ValidEntries();
        entries["Teams:AppId"] = "0b7e6c9a-2f41-4d3e-8a55-91c0d2e4f6a8";
        entries["Teams:Version"] = "2.3.4";
        entries["Teams:DeveloperName"] = "Example Ltd";
        entries["Teams:PrivacyUrl"] = "https://complaintbot.example.com/privacy";
        entries["Teams:TermsOfUseUrl"] = "https://complaintbot.example.com/terms";
        entries["Teams:AccentColor"] = "#0078D4";
        entries["Teams:ValidDomains:0"] = "complaintbot.example.com";
        entries["Teams:ValidDomains:1"] = "*.example.org";

        var sut = Read(entries);

        Assert.Equal("0b7e6c9a-2f41-4d3e-8a55-91c0d2e4f6a8", sut.AppId);
        Assert.Equal(TestSettings.AppId, sut.BotId);
        Assert.Equal("2.3.4", sut.Version);
        Assert.Equal("Example Ltd", sut.DeveloperName);
        Assert.Equal("https://complaintbot.example.com/privacy", sut.PrivacyUrl);
        Assert.Equal("https://complaintbot.example.com/terms", sut.TermsOfUseUrl);
        Assert.Equal("#0078D4", sut.AccentColor);
        Assert.Equal(["complaintbot.example.com", "*.example.org"], sut.ValidDomains);
        Assert.Empty(sut.Validate());
    }

    [Fact]
    public void FromConfiguration_CommaSeparatedDomains_AreSplitTrimmedAndDeduplicated()
    {
        var entries = TestSettings.ValidEntries();
        entries["Teams:ValidDomains"] = " a.example.com, b.example.com ,A.example.com,";

        Assert.Equal(["a.example.com", "b.example.com"], Read(entries).ValidDomains);
    }

    [Fact]
    public void Validate_EmptyAppId_NamesTheKeyAndTheEnvironmentVariable()
    {
        var entries = TestSettings.ValidEntries();
        entries["MicrosoftAppId"] = "";

        var error = Assert.Single(Read(entries).Validate());

        Assert.StartsWith("MicrosoftAppId is empty", error, StringComparison.Ordinal);
        Assert.Contains("environment variable MicrosoftAppId", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("3f2b8c1e5a7d4e9b9c2a1b6e4d8f0a37")]
    [InlineData("{3f2b8c1e-5a7d-4e9b-9c2a-1b6e4d8f0a37}")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    public void Validate_InvalidAppId_IsRejected(string appId)
    {
        var error = Assert.Single((TestSettings.Valid() with { BotId = appId, AppId = appId }).Validate());

        Assert.StartsWith("MicrosoftAppId", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InvalidTeamsAppId_NamesTeamsAppId()
    {
        var error = Assert.Single((TestSettings.Valid() with { AppId = "x" }).Validate());

        Assert.StartsWith("Teams:AppId 'x'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1.0.0-beta")]
    [InlineData("01.0.0")]
    [InlineData("v1.0.0")]
    public void Validate_VersionNotMajorMinorPatch_IsRejected(string version)
    {
        var error = Assert.Single((TestSettings.Valid() with { Version = version }).Validate());

        Assert.StartsWith("Teams:Version", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://complaintbot.example.com/")]
    [InlineData("complaintbot.example.com")]
    [InlineData("https://")]
    public void Validate_WebsiteNotHttps_IsRejected(string url)
    {
        var error = Assert.Single((TestSettings.Valid() with { WebsiteUrl = url }).Validate());

        Assert.StartsWith("Teams:WebsiteUrl", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EmptyWebsite_IsOneErrorEvenWhenOtherUrlsDefaultToIt()
    {
        var entries = TestSettings.ValidEntries();
        entries.Remove("Teams:WebsiteUrl");

        var error = Assert.Single(Read(entries).Validate());

        Assert.Contains("Teams__WebsiteUrl", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DeveloperNameOver32Characters_IsRejected()
    {
        var error = Assert.Single((TestSettings.Valid() with { DeveloperName = new string('x', 33) }).Validate());

        Assert.StartsWith("Teams:DeveloperName", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("orange")]
    [InlineData("#D9480")]
    public void Validate_BadAccentColour_IsRejected(string color)
    {
        var error = Assert.Single((TestSettings.Valid() with { AccentColor = color }).Validate());

        Assert.StartsWith("Teams:AccentColor", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://complaintbot.example.com")]
    [InlineData("complaintbot.example.com/api")]
    [InlineData("-bad.example.com")]
    public void Validate_DomainThatIsNotAHostName_IsRejected(string domain)
    {
        var error = Assert.Single((TestSettings.Valid() with { ValidDomains = [domain] }).Validate());

        Assert.Contains(domain, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("complaintbot.example.com")]
    [InlineData("*.azurewebsites.net")]
    [InlineData("localhost:3978")]
    public void Validate_HostNames_AreAccepted(string domain) =>
        Assert.Empty((TestSettings.Valid() with { ValidDomains = [domain] }).Validate());

    [Fact]
    public void Validate_SeveralProblems_AreAllReported()
    {
        var settings = TestSettings.Valid() with { BotId = "", AppId = "", Version = "x", AccentColor = "y" };

        Assert.Equal(3, settings.Validate().Count);
    }

    [Fact]
    public void EnvironmentName_SectionKey_UsesDoubleUnderscore() =>
        Assert.Equal("Teams__WebsiteUrl", TeamsAppSettings.EnvironmentName("Teams:WebsiteUrl"));

    private static TeamsAppSettings Read(Dictionary<string, string?> entries) =>
        TeamsAppSettings.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(entries).Build());
}
