using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Teams.Packager.Configuration;
using ComplaintBot.Teams.Packager.Icons;
using ComplaintBot.Teams.Packager.Manifest;

namespace ComplaintBot.Teams.Packager.Packaging;

/// <summary>
/// Builds the app package in memory: fills the manifest template, draws the icons, adds the localization file,
/// and validates all of it (schema and consistency) before anything is written.
/// </summary>
internal static class TeamsPackageBuilder
{
    /// <summary>The colour icon's file name, as the template references it.</summary>
    public const string ColorIconFileName = "color.png";

    /// <summary>The outline icon's file name, as the template references it.</summary>
    public const string OutlineIconFileName = "outline.png";

    // Readable Chinese in the packaged JSON; these files are never embedded in HTML, so relaxed escaping is safe.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Builds and validates the package.</summary>
    /// <param name="settings">The settings read from configuration.</param>
    /// <returns>The package, ready to write.</returns>
    /// <exception cref="TeamsPackageException">The settings, the manifest or a file is invalid; every problem is listed.</exception>
    public static TeamsPackage Build(TeamsAppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var settingsErrors = settings.Validate();
        if (settingsErrors.Count > 0)
        {
            throw new TeamsPackageException(settingsErrors);
        }

        var manifest = ManifestTemplate.Fill(PackageResources.ReadText(PackageResources.ManifestTemplate), ManifestPlaceholders.From(settings));
        _ = RgbaColor.TryParseHex(settings.AccentColor, out var accent);
        var localizations = new Dictionary<string, JsonObject>(StringComparer.Ordinal)
        {
            [PackageResources.EnglishLocalization] = JsonNode.Parse(PackageResources.ReadText(PackageResources.EnglishLocalization))!.AsObject(),
        };

        var files = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal)
        {
            [ColorIconFileName] = PngEncoder.Encode(AppIcons.PaintColor(accent)),
            [OutlineIconFileName] = PngEncoder.Encode(AppIcons.PaintOutline()),
        };
        foreach (var (name, content) in localizations)
        {
            files[name] = Serialize(content);
        }

        var errors = new List<string>(TeamsSchemaValidator.Instance.ValidateManifest(manifest));
        foreach (var (name, content) in localizations)
        {
            errors.AddRange(TeamsSchemaValidator.Instance.ValidateLocalization(content, name));
            errors.AddRange(PackageConsistency.CheckLocalizationKeys(manifest, content, name));
        }

        errors.AddRange(PackageConsistency.Check(manifest, files));
        if (errors.Count > 0)
        {
            throw new TeamsPackageException(errors);
        }

        PackageFile[] ordered =
        [
            new(TeamsPackage.ManifestFileName, Serialize(manifest)),
            .. files.OrderBy(f => f.Key.EndsWith(".png", StringComparison.Ordinal) ? 0 : 1)
                .ThenBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => new PackageFile(f.Key, f.Value)),
        ];
        return new TeamsPackage(manifest, ordered);
    }

    private static byte[] Serialize(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, JsonOptions);
}
