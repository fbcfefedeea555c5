using System.Text.Json.Nodes;
using ComplaintBot.Teams.Packager.Manifest;
using ComplaintBot.Teams.Packager.Packaging;
using ComplaintBot.Teams.Tests.Support;

namespace ComplaintBot.Teams.Tests.Packaging;

public sealed class TeamsPackageBuilderTests
{
    [Fact]
    public void Build_ValidSettings_ListsManifestIconsAndLocalization()
    {
        var package = TeamsPackageBuilder.Build(TestSettings.Valid());

        Assert.Equal(["manifest.json", "color.png", "outline.png", "en-US.json"], package.Files.Select(f => f.Name));
    }

    [Fact]
    public void Build_ValidSettings_FillsIdsFromTheAppId()
    {
        var manifest = ManifestOf(TeamsPackageBuilder.Build(TestSettings.Valid()));

        Assert.Equal(TestSettings.AppId, (string?)manifest["id"]);
        Assert.Equal(TestSettings.AppId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public void Build_SeparateTeamsAppId_KeepsTheBotId()
    {
        var settings = TestSettings.Valid() with { AppId = "0b7e6c9a-2f41-4d3e-8a55-91c0d2e4f6a8" };

        var manifest = ManifestOf(TeamsPackageBuilder.Build(settings));

        Assert.Equal("0b7e6c9a-2f41-4d3e-8a55-91c0d2e4f6a8", (string?)manifest["id"]);
        Assert.Equal(TestSettings.AppId, (string?)manifest["bots"]![0]!["botId"]);
    }

    [Fact]
    public void Build_ValidSettings_FillsVersionDeveloperColourAndDomains()
    {
        var settings = TestSettings.Valid() with { Version = "1.2.3", AccentColor = "#0078d4", ValidDomains = ["a.example.com", "*.example.org"] };

        var manifest = ManifestOf(TeamsPackageBuilder.Build(settings));

        Assert.Equal("1.2.3", (string?)manifest["version"]);
        Assert.Equal("ComplaintBot", (string?)manifest["developer"]!["name"]);
        Assert.Equal(TestSettings.WebsiteUrl, (string?)manifest["developer"]!["websiteUrl"]);
        Assert.Equal(TestSettings.WebsiteUrl + "privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal(TestSettings.WebsiteUrl + "terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
        Assert.Equal("#0078D4", (string?)manifest["accentColor"]);
        Assert.Equal("""["a.example.com","*.example.org"]""", manifest["validDomains"]!.ToJsonString());
    }

    [Fact]
    public void Build_PackagedManifestAndLocalization_AreSchemaValid()
    {
        var package = TeamsPackageBuilder.Build(TestSettings.Valid());

        Assert.Empty(TeamsSchemaValidator.Instance.ValidateManifest(ManifestOf(package)));
        Assert.Empty(TeamsSchemaValidator.Instance.ValidateLocalization(JsonOf(package, "en-US.json"), "en-US.json"));
    }

    [Fact]
    public void Build_Bot_IsPersonalOnlyConversationalAndReceivesFiles()
    {
        var bot = ManifestOf(TeamsPackageBuilder.Build(TestSettings.Valid()))["bots"]!.AsArray().Single()!;

        Assert.Equal("""["personal"]""", bot["scopes"]!.ToJsonString());
        Assert.True((bool?)bot["supportsFiles"]);
        Assert.False((bool?)bot["isNotificationOnly"]);
    }

    [Fact]
    public void Build_Commands_AreChineseByDefaultAndEnglishInTheLocalization()
    {
        var package = TeamsPackageBuilder.Build(TestSettings.Valid());
        var manifest = ManifestOf(package);
        var english = JsonOf(package, "en-US.json");
        var list = manifest["bots"]![0]!["commandLists"]!.AsArray().Single()!;

        Assert.Equal("""["personal"]""", list["scopes"]!.ToJsonString());
        Assert.Equal(["开始投诉", "帮助", "我的投诉"], list["commands"]!.AsArray().Select(c => (string?)c!["title"]));
        Assert.Equal(
            ["start", "help", "my complaints"],
            Enumerable.Range(0, 3).Select(i => (string?)english[$"bots[0].commandLists[0].commands[{i}].title"]));
    }

    [Fact]
    public void Build_Localization_DefaultsToChineseWithEnglishFile()
    {
        var package = TeamsPackageBuilder.Build(TestSettings.Valid());
        var manifest = ManifestOf(package);
        var english = JsonOf(package, "en-US.json");

        Assert.Equal("zh-CN", (string?)manifest["localizationInfo"]!["defaultLanguageTag"]);
        Assert.Equal("购物投诉助手", (string?)manifest["name"]!["short"]);
        Assert.Equal("Complaint Assistant", (string?)english["name.short"]);
        Assert.Empty(PackageConsistency.CheckLocalizationKeys(manifest, english, "en-US.json"));
    }

    [Fact]
    public void Build_PackagedJson_KeepsChineseReadable()
    {
        var manifest = TeamsPackageBuilder.Build(TestSettings.Valid()).Files[0];

        Assert.Contains("购物投诉助手", System.Text.Encoding.UTF8.GetString(manifest.Content.Span), StringComparison.Ordinal);
        Assert.False(manifest.Content.Span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "no byte order mark");
    }

    [Fact]
    public void Build_Icons_HaveTheSizesTeamsRequires()
    {
        var package = TeamsPackageBuilder.Build(TestSettings.Valid());

        var color = PngReader.Decode(package.Files.Single(f => f.Name == "color.png").Content.Span);
        var outline = PngReader.Decode(package.Files.Single(f => f.Name == "outline.png").Content.Span);

        Assert.Equal((192, 192), (color.Width, color.Height));
        Assert.Equal((32, 32), (outline.Width, outline.Height));
        Assert.Equal((0xD9, 0x48, 0x0F, 255), color[0, 0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    public void Build_MissingOrInvalidAppId_FailsNamingMicrosoftAppId(string appId)
    {
        var ex = Assert.Throws<TeamsPackageException>(() => TeamsPackageBuilder.Build(TestSettings.Valid() with { AppId = appId, BotId = appId }));

        Assert.StartsWith("MicrosoftAppId", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    private static JsonObject ManifestOf(TeamsPackage package) => JsonOf(package, "manifest.json");

    private static JsonObject JsonOf(TeamsPackage package, string name) =>
        JsonNode.Parse(package.Files.Single(f => f.Name == name).Content.Span)!.AsObject();
}
