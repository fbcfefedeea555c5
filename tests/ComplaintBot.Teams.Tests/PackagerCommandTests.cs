using System.IO.Compression;
using System.Text.Json.Nodes;
using ComplaintBot.Teams.Packager;
using ComplaintBot.Teams.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace ComplaintBot.Teams.Tests;

public sealed class PackagerCommandTests : IDisposable
{
    private readonly TemporaryDirectory _temp = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose()
    {
        _temp.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    [Fact]
    public void Run_ValidSettingsFile_WritesTheZipAndListsIt()
    {
        var settings = WriteSettings(TestSettings.AppId, TestSettings.WebsiteUrl);
        var zipPath = _temp.File("artifacts/teams/complaintbot.zip");

        var exitCode = CreateSut().Run(["--out", zipPath, "--settings", settings]);

        Assert.Equal(0, exitCode);
        Assert.Empty(_error.ToString());
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["manifest.json", "color.png", "outline.png", "en-US.json"], zip.Entries.Select(e => e.FullName));
        Assert.Contains(TestSettings.AppId, _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("outline.png", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Overrides_WinOverTheSettingsFile()
    {
        var settings = WriteSettings("", "");
        var zipPath = _temp.File("complaintbot.zip");
        var overrides = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = TestSettings.AppId,
            ["Teams:WebsiteUrl"] = TestSettings.WebsiteUrl,
            ["Teams:Version"] = "4.5.6",
        };

        var exitCode = CreateSut().Run(["--out", zipPath, "--settings", settings], b => b.AddInMemoryCollection(overrides));

        Assert.Equal(0, exitCode);
        using var zip = ZipFile.OpenRead(zipPath);
        using var manifest = zip.GetEntry("manifest.json")!.Open();
        var json = JsonNode.Parse(manifest)!;
        Assert.Equal(TestSettings.AppId, (string?)json["bots"]![0]!["botId"]);
        Assert.Equal("4.5.6", (string?)json["version"]);
    }

    [Fact]
    public void Run_EmptyAppId_FailsClearlyAndWritesNothing()
    {
        var settings = WriteSettings("", TestSettings.WebsiteUrl);
        var zipPath = _temp.File("complaintbot.zip");

        var exitCode = CreateSut().Run(["--out", zipPath, "--settings", settings]);

        Assert.Equal(1, exitCode);
        Assert.False(File.Exists(zipPath));
        Assert.Contains("The Teams app package was not built:", _error.ToString(), StringComparison.Ordinal);
        Assert.Contains("  - MicrosoftAppId is empty", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_InvalidAppId_FailsAndKeepsThePreviousZip()
    {
        var zipPath = _temp.File("complaintbot.zip");
        File.WriteAllText(zipPath, "previous");

        var exitCode = CreateSut().Run(["--out", zipPath, "--settings", WriteSettings("bot-123", TestSettings.WebsiteUrl)]);

        Assert.Equal(1, exitCode);
        Assert.Contains("MicrosoftAppId 'bot-123' is not a GUID", _error.ToString(), StringComparison.Ordinal);
        Assert.Equal("previous", File.ReadAllText(zipPath));
    }

    [Fact]
    public void Run_OutputUnderAFile_FailsReadably()
    {
        var blocker = _temp.File("blocker");
        File.WriteAllText(blocker, "a file, not a folder");

        var exitCode = CreateSut().Run(["--out", Path.Combine(blocker, "complaintbot.zip"), "--settings", WriteSettings(TestSettings.AppId, TestSettings.WebsiteUrl)]);

        Assert.Equal(1, exitCode);
        Assert.Contains("could not be written", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MissingSettingsFile_Fails()
    {
        var exitCode = CreateSut().Run(["--settings", _temp.File("nope.json"), "--out", _temp.File("x.zip")]);

        Assert.Equal(1, exitCode);
        Assert.Contains("does not exist", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_MalformedSettingsFile_Fails()
    {
        var settings = _temp.File("appsettings.json");
        File.WriteAllText(settings, "{ \"MicrosoftAppId\": ");

        var exitCode = CreateSut().Run(["--settings", settings, "--out", _temp.File("x.zip")]);

        Assert.Equal(1, exitCode);
        Assert.Contains("could not be read", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--out")]
    public void Run_BadArguments_PrintsUsageAndExitsTwo(string argument)
    {
        var exitCode = CreateSut().Run([argument]);

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage:", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_PrintsUsage()
    {
        Assert.Equal(0, CreateSut().Run(["--help"]));
        Assert.Contains("MicrosoftAppId (required)", _output.ToString(), StringComparison.Ordinal);
    }

    private PackagerCommand CreateSut() => new(_output, _error);

    private string WriteSettings(string appId, string websiteUrl)
    {
        var path = _temp.File("appsettings.json");
        var json = new JsonObject
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = appId,
            ["Teams"] = new JsonObject { ["WebsiteUrl"] = websiteUrl },
        };
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }
}
