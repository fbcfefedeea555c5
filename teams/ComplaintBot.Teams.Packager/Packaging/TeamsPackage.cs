using System.Text.Json.Nodes;

namespace ComplaintBot.Teams.Packager.Packaging;

/// <summary>A validated app package, in memory: the manifest first, then the files it references.</summary>
internal sealed class TeamsPackage
{
    /// <summary>The name Teams looks for at the root of the zip.</summary>
    public const string ManifestFileName = "manifest.json";

    /// <summary>Initializes a new instance of the <see cref="TeamsPackage"/> class.</summary>
    /// <param name="manifest">The filled manifest.</param>
    /// <param name="files">Every file of the package, <see cref="ManifestFileName"/> first.</param>
    public TeamsPackage(JsonObject manifest, IReadOnlyList<PackageFile> files)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(files);
        Manifest = manifest;
        Files = files;
    }

    /// <summary>Gets the filled manifest.</summary>
    public JsonObject Manifest { get; }

    /// <summary>Gets the files in zip order.</summary>
    public IReadOnlyList<PackageFile> Files { get; }
}
