using System.Text.Json.Nodes;
using ComplaintBot.Teams.Packager.Icons;
using ComplaintBot.Teams.Packager.Packaging;

namespace ComplaintBot.Teams.Tests.Packaging;

public sealed class PackageConsistencyTests
{
    private static readonly byte[] Color = PngEncoder.Encode(new IconCanvas(192, 192, RgbaColor.White));
    private static readonly byte[] Outline = PngEncoder.Encode(new IconCanvas(32, 32, RgbaColor.TransparentWhite));

    [Fact]
    public void Check_MatchingFiles_FindsNothing() =>
        Assert.Empty(PackageConsistency.Check(Manifest(), Files()));

    [Fact]
    public void Check_MissingLocalizationFile_IsReported()
    {
        var files = Files();
        files.Remove("en-US.json");

        var error = Assert.Single(PackageConsistency.Check(Manifest(), files));

        Assert.Contains("/localizationInfo/additionalLanguages/0/file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnreferencedFile_IsReported()
    {
        var files = Files();
        files["extra.txt"] = new byte[] { 1 };

        Assert.Contains("'extra.txt' is packaged", Assert.Single(PackageConsistency.Check(Manifest(), files)), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FileInAFolder_IsReported()
    {
        var manifest = Manifest();
        manifest["icons"]!["color"] = "icons/color.png";
        var files = Files();
        files.Remove("color.png");
        files["icons/color.png"] = Color;

        Assert.Contains(PackageConsistency.Check(manifest, files), e => e.Contains("flat", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_IconOfTheWrongSize_IsReported()
    {
        var files = Files();
        files["outline.png"] = PngEncoder.Encode(new IconCanvas(48, 48, RgbaColor.TransparentWhite));

        Assert.Equal("'outline.png' is 48 x 48 pixels; Teams requires 32 x 32.", Assert.Single(PackageConsistency.Check(Manifest(), files)));
    }

    [Fact]
    public void Check_IconThatIsNotPng_IsReported()
    {
        var files = Files();
        files["color.png"] = "GIF89a-------------------------"u8.ToArray();

        Assert.Equal("'color.png' is not a PNG file.", Assert.Single(PackageConsistency.Check(Manifest(), files)));
    }

    [Fact]
    public void CheckLocalizationKeys_KeyForAMissingCommand_IsReported()
    {
        var localization = new JsonObject
        {
            ["name.short"] = "x",
            ["bots[0].commandLists[0].commands[0].title"] = "start",
            ["bots[0].commandLists[0].commands[5].title"] = "nothing there",
        };

        var error = Assert.Single(PackageConsistency.CheckLocalizationKeys(Manifest(), localization, "en-US.json"));

        Assert.Contains("commands[5]", error, StringComparison.Ordinal);
    }

    private static JsonObject Manifest() => new()
    {
        ["name"] = new JsonObject { ["short"] = "名" },
        ["icons"] = new JsonObject { ["color"] = "color.png", ["outline"] = "outline.png" },
        ["localizationInfo"] = new JsonObject
        {
            ["defaultLanguageTag"] = "zh-CN",
            ["additionalLanguages"] = new JsonArray(new JsonObject { ["languageTag"] = "en-US", ["file"] = "en-US.json" }),
        },
        ["bots"] = new JsonArray(new JsonObject
        {
            ["commandLists"] = new JsonArray(new JsonObject
            {
                ["commands"] = new JsonArray(new JsonObject { ["title"] = "开始投诉" }),
            }),
        }),
    };

    private static Dictionary<string, ReadOnlyMemory<byte>> Files() => new()
    {
        ["color.png"] = Color,
        ["outline.png"] = Outline,
        ["en-US.json"] = "{}"u8.ToArray(),
    };
}
