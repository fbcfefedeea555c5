using System.Text.Json.Nodes;
using ComplaintBot.Teams.Packager.Manifest;
using ComplaintBot.Teams.Packager.Packaging;
using ComplaintBot.Teams.Tests.Support;

namespace ComplaintBot.Teams.Tests.Manifest;

public sealed class ManifestTemplateTests
{
    [Fact]
    public void Fill_WholeValuePlaceholders_AreReplacedWithJsonValues()
    {
        var values = new Dictionary<string, JsonNode?>
        {
            ["Id"] = "abc",
            ["List"] = new JsonArray("a", "b"),
        };

        var filled = ManifestTemplate.Fill("""{ "id": "{{Id}}", "nested": [ { "x": "{{List}}" } ], "n": 1 }""", values);

        Assert.Equal("abc", (string?)filled["id"]);
        Assert.Equal("""["a","b"]""", filled["nested"]![0]!["x"]!.ToJsonString());
        Assert.Equal(1, (int?)filled["n"]);
    }

    [Fact]
    public void Fill_ValueNeedingEscapes_IsEncodedCorrectly()
    {
        var filled = ManifestTemplate.Fill("""{ "name": "{{Name}}" }""", new Dictionary<string, JsonNode?> { ["Name"] = "a \"quoted\" name" });

        Assert.Equal("a \"quoted\" name", (string?)filled["name"]);
    }

    [Fact]
    public void Fill_PlaceholderWithoutValue_ReportsItsPath()
    {
        var ex = Assert.Throws<TeamsPackageException>(() =>
            ManifestTemplate.Fill("""{ "bots": [ { "botId": "{{BotId}}" } ] }""", new Dictionary<string, JsonNode?>()));

        Assert.Equal("$.bots[0].botId: the template placeholder {{BotId}} has no value.", Assert.Single(ex.Errors));
    }

    [Fact]
    public void Fill_PlaceholderInsideText_IsRejected()
    {
        var ex = Assert.Throws<TeamsPackageException>(() =>
            ManifestTemplate.Fill("""{ "url": "https://{{Host}}/" }""", new Dictionary<string, JsonNode?> { ["Host"] = "x" }));

        Assert.Contains("must be the whole value", Assert.Single(ex.Errors), StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_NotAnObject_IsRejected() =>
        Assert.Throws<TeamsPackageException>(() => ManifestTemplate.Fill("[1]", new Dictionary<string, JsonNode?>()));

    [Fact]
    public void Fill_ProjectTemplate_LeavesNoPlaceholderBehind()
    {
        var filled = ManifestTemplate.Fill(
            PackageResources.ReadText(PackageResources.ManifestTemplate),
            ManifestPlaceholders.From(TestSettings.Valid()));

        Assert.DoesNotContain("{{", filled.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Fill_ProjectTemplate_UsesEveryPlaceholderValue()
    {
        var template = PackageResources.ReadText(PackageResources.ManifestTemplate);

        foreach (var name in ManifestPlaceholders.From(TestSettings.Valid()).Keys)
        {
            Assert.Contains($"\"{{{{{name}}}}}\"", template, StringComparison.Ordinal);
        }
    }
}
