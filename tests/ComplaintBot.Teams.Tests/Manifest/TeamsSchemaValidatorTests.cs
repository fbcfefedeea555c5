using System.Text.Json.Nodes;
using ComplaintBot.Teams.Packager.Manifest;
using ComplaintBot.Teams.Packager.Packaging;
using ComplaintBot.Teams.Tests.Support;

namespace ComplaintBot.Teams.Tests.Manifest;

public sealed class TeamsSchemaValidatorTests
{
    private static readonly TeamsSchemaValidator Sut = TeamsSchemaValidator.Instance;

    [Fact]
    public void ValidateManifest_FilledProjectTemplate_IsValid() =>
        Assert.Empty(Sut.ValidateManifest(FilledManifest()));

    [Fact]
    public void ValidateManifest_BadAccentColour_NamesTheValue()
    {
        var manifest = FilledManifest();
        manifest["accentColor"] = "orange";

        var errors = Sut.ValidateManifest(manifest);

        Assert.Contains(errors, e => e.StartsWith("manifest.json /accentColor:", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateManifest_BotIdNotAGuid_IsInvalid()
    {
        var manifest = FilledManifest();
        manifest["bots"]![0]!["botId"] = "my-bot";

        Assert.Contains(Sut.ValidateManifest(manifest), e => e.Contains("/bots/0/botId", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateManifest_MissingDeveloper_IsInvalid()
    {
        var manifest = FilledManifest();
        manifest.Remove("developer");

        Assert.Contains(Sut.ValidateManifest(manifest), e => e.Contains("developer", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateManifest_OlderManifestVersion_IsInvalid()
    {
        var manifest = FilledManifest();
        manifest["manifestVersion"] = "1.17";

        Assert.Contains(Sut.ValidateManifest(manifest), e => e.Contains("/manifestVersion", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateManifest_LowerCaseGroupchatScope_IsInvalidIn129()
    {
        var manifest = FilledManifest();
        manifest["bots"]![0]!["scopes"] = new JsonArray("personal", "groupchat");

        Assert.NotEmpty(Sut.ValidateManifest(manifest));
    }

    [Fact]
    public void ValidateManifest_UnknownProperty_IsInvalid()
    {
        var manifest = FilledManifest();
        manifest["bots"]![0]!["supportsFile"] = true;

        Assert.NotEmpty(Sut.ValidateManifest(manifest));
    }

    [Fact]
    public void ValidateManifest_ThirteenCommands_IsInvalid()
    {
        var manifest = FilledManifest();
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray();
        while (commands.Count < 13)
        {
            commands.Add(new JsonObject { ["title"] = "x" + commands.Count, ["description"] = "x" });
        }

        Assert.NotEmpty(Sut.ValidateManifest(manifest));
    }

    [Fact]
    public void ValidateLocalization_ProjectEnglishFile_IsValid() =>
        Assert.Empty(Sut.ValidateLocalization(EnglishFile(), "en-US.json"));

    [Fact]
    public void ValidateLocalization_ShortNameOver30Characters_IsInvalid()
    {
        // The limit sits beside a $ref in the schema: this proves such sibling keywords are applied.
        var file = EnglishFile();
        file["name.short"] = new string('x', 31);

        Assert.Contains(Sut.ValidateLocalization(file, "en-US.json"), e => e.StartsWith("en-US.json /name.short:", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateLocalization_MissingRequiredDescription_IsInvalid()
    {
        var file = EnglishFile();
        file.Remove("description.full");

        Assert.NotEmpty(Sut.ValidateLocalization(file, "en-US.json"));
    }

    [Fact]
    public void ValidateLocalization_UnknownKey_IsInvalid()
    {
        var file = EnglishFile();
        file["bots[0].supportsFiles"] = "yes";

        Assert.NotEmpty(Sut.ValidateLocalization(file, "en-US.json"));
    }

    [Fact]
    public void VendoredSchemas_UseNoDraft04OnlyKeywords()
    {
        // The validator evaluates draft-04 schemas with draft-06 rules; that is only sound while these stay absent.
        foreach (var name in new[] { PackageResources.ManifestSchema, PackageResources.LocalizationSchema })
        {
            var schema = JsonNode.Parse(PackageResources.ReadText(name))!;
            Assert.Equal("http://json-schema.org/draft-04/schema#", (string?)schema["$schema"]);
            Assert.DoesNotContain(Descendants(schema), node =>
                node is JsonObject obj
                && (obj["exclusiveMinimum"] is JsonValue { } min && min.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
                    || obj["exclusiveMaximum"] is JsonValue { } max && max.GetValueKind() is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False
                    || obj["id"] is JsonValue));
        }
    }

    [Fact]
    public void VendoredManifestSchema_PinsTheTemplatesManifestVersion()
    {
        var schema = JsonNode.Parse(PackageResources.ReadText(PackageResources.ManifestSchema))!;
        var template = JsonNode.Parse(PackageResources.ReadText(PackageResources.ManifestTemplate))!;

        Assert.Equal("1.29", (string?)schema["properties"]!["manifestVersion"]!["const"]);
        Assert.Equal("1.29", (string?)template["manifestVersion"]);
        Assert.Contains("/v1.29/", (string?)template["$schema"], StringComparison.Ordinal);
    }

    private static JsonObject FilledManifest() =>
        ManifestTemplate.Fill(PackageResources.ReadText(PackageResources.ManifestTemplate), ManifestPlaceholders.From(TestSettings.Valid()));

    private static JsonObject EnglishFile() =>
        JsonNode.Parse(PackageResources.ReadText(PackageResources.EnglishLocalization))!.AsObject();

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject obj => obj.Select(p => p.Value),
            JsonArray array => array,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>().SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
