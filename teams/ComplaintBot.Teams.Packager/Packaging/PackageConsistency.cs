using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ComplaintBot.Teams.Packager.Packaging;

/// <summary>
/// Checks the schema cannot express: that the manifest and its files agree. Every referenced file is in the
/// package and every packaged file is referenced, icons have the sizes Teams demands, and each localized key
/// names a string that exists in the manifest.
/// </summary>
internal static partial class PackageConsistency
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Finds every disagreement between the manifest and the files.</summary>
    /// <param name="manifest">The filled manifest.</param>
    /// <param name="files">The package files other than the manifest, by name.</param>
    /// <returns>The problems; empty when consistent.</returns>
    public static IReadOnlyList<string> Check(JsonObject manifest, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> files)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<string>();
        var referenced = new HashSet<string>(StringComparer.Ordinal);

        void Reference(string? name, string pointer)
        {
            if (name is null)
            {
                return;
            }

            referenced.Add(name);
            if (!files.ContainsKey(name))
            {
                errors.Add($"manifest.json {pointer} names '{name}', which is not in the package.");
            }
        }

        var icons = manifest["icons"];
        Reference((string?)icons?["color"], "/icons/color");
        Reference((string?)icons?["outline"], "/icons/outline");
        CheckPng(errors, files, (string?)icons?["color"], 192);
        CheckPng(errors, files, (string?)icons?["outline"], 32);

        var languages = manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [];
        for (var i = 0; i < languages.Count; i++)
        {
            Reference((string?)languages[i]?["file"], $"/localizationInfo/additionalLanguages/{i}/file");
        }

        foreach (var name in files.Keys)
        {
            if (name.IndexOfAny(['/', '\\']) >= 0)
            {
                errors.Add($"'{name}' is in a folder; Teams packages are flat.");
            }

            if (!referenced.Contains(name))
            {
                errors.Add($"'{name}' is packaged but manifest.json does not reference it.");
            }
        }

        return errors;
    }

    /// <summary>Checks that every key of a localization file names a string the manifest has.</summary>
    /// <param name="manifest">The filled manifest.</param>
    /// <param name="localization">The localization file's content.</param>
    /// <param name="fileName">The file name, for the messages.</param>
    /// <returns>The problems; empty when every key resolves.</returns>
    public static IReadOnlyList<string> CheckLocalizationKeys(JsonObject manifest, JsonObject localization, string fileName)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(localization);
        var errors = new List<string>();
        foreach (var (key, _) in localization)
        {
            if (key is "$schema" or "localizationKeys")
            {
                continue;
            }

            if (Resolve(manifest, key) is not JsonValue value || !value.TryGetValue<string>(out _))
            {
                errors.Add($"{fileName} translates '{key}', which is not a text of manifest.json.");
            }
        }

        return errors;
    }

    private static JsonNode? Resolve(JsonNode? node, string path)
    {
        foreach (Match segment in PathSegment().Matches(path))
        {
            node = segment.Groups["index"].Success
                ? node is JsonArray array && int.Parse(segment.Groups["index"].Value, CultureInfo.InvariantCulture) is var index && index < array.Count
                    ? array[index]
                    : null
                : node is JsonObject obj ? obj[segment.Groups["name"].Value] : null;
        }

        return node;
    }

    private static void CheckPng(List<string> errors, IReadOnlyDictionary<string, ReadOnlyMemory<byte>> files, string? name, int size)
    {
        if (name is null || !files.TryGetValue(name, out var content))
        {
            return;
        }

        // Signature (8) + IHDR length and type (8) + width (4) + height (4).
        var bytes = content.Span;
        if (bytes.Length < 24 || !bytes[..8].SequenceEqual(PngSignature) || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            errors.Add($"'{name}' is not a PNG file.");
            return;
        }

        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(20, 4));
        if (width != size || height != size)
        {
            errors.Add($"'{name}' is {width} x {height} pixels; Teams requires {size} x {size}.");
        }
    }

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>[0-9]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex PathSegment();
}
