using System.Text;

namespace ComplaintBot.Teams.Packager.Packaging;

/// <summary>
/// The files embedded in this tool from the <c>teams/</c> folder (see the project file), by their logical names,
/// so the packager never depends on the working directory.
/// </summary>
internal static class PackageResources
{
    /// <summary>The manifest template with <c>{{Name}}</c> placeholders.</summary>
    public const string ManifestTemplate = "manifest.template.json";

    /// <summary>The English strings; the manifest itself carries the default Chinese ones.</summary>
    public const string EnglishLocalization = "en-US.json";

    /// <summary>The vendored Teams manifest schema, version 1.29.</summary>
    public const string ManifestSchema = "MicrosoftTeams.schema.json";

    /// <summary>The vendored Teams localization file schema, version 1.29.</summary>
    public const string LocalizationSchema = "MicrosoftTeams.Localization.schema.json";

    /// <summary>Reads an embedded file as UTF-8 text.</summary>
    /// <param name="name">One of the constants above.</param>
    /// <returns>The text.</returns>
    public static string ReadText(string name)
    {
        using var stream = typeof(PackageResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource '{name}' is not embedded in the packager.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
