using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Teams.Packager.Packaging;
using Json.Schema;

namespace ComplaintBot.Teams.Packager.Manifest;

/// <summary>
/// Validates manifests and localization files against the vendored Teams 1.29 schemas (see <c>teams/schema/</c>).
/// </summary>
/// <remarks>
/// The Teams schemas declare JSON Schema draft-04, which JsonSchema.Net does not ship. They use no keyword whose
/// meaning changed after draft-04 (no boolean <c>exclusiveMinimum</c>/<c>exclusiveMaximum</c>, no <c>id</c>), and
/// they already rely on draft-06's <c>const</c>, so they are evaluated with the draft-06 keyword set registered
/// under the draft-04 URI. One deliberate difference: keywords beside a <c>$ref</c> are applied rather than
/// ignored, because the localization schema puts its length limits there (<c>name.short</c> at most 30 characters)
/// and the Teams tooling enforces them.
/// </remarks>
internal sealed class TeamsSchemaValidator
{
    private static readonly Uri Draft04 = new("http://json-schema.org/draft-04/schema#");

    private static readonly Lazy<TeamsSchemaValidator> Shared = new(() => new TeamsSchemaValidator());

    private readonly JsonSchema _manifest;
    private readonly JsonSchema _localization;

    private TeamsSchemaValidator()
    {
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft06.With([], Draft04, refIgnoresSiblingKeywords: false, allowUnknownKeywords: true));
        var options = new BuildOptions { DialectRegistry = dialects, SchemaRegistry = new SchemaRegistry() };

        // Distinct base URIs keep the two schemas' internal "#/definitions/..." references apart.
        _manifest = JsonSchema.FromText(PackageResources.ReadText(PackageResources.ManifestSchema), options, new Uri("urn:teams:v1.29:manifest"));
        _localization = JsonSchema.FromText(PackageResources.ReadText(PackageResources.LocalizationSchema), options, new Uri("urn:teams:v1.29:localization"));
    }

    /// <summary>Gets the validator; the schemas are built once per process.</summary>
    public static TeamsSchemaValidator Instance => Shared.Value;

    /// <summary>Validates an app manifest.</summary>
    /// <param name="manifest">The filled manifest.</param>
    /// <returns>Readable problems, each starting with the JSON pointer of the offending value; empty when valid.</returns>
    public IReadOnlyList<string> ValidateManifest(JsonNode manifest) => Validate(_manifest, manifest, "manifest.json");

    /// <summary>Validates a localization file.</summary>
    /// <param name="localization">The file's content.</param>
    /// <param name="fileName">The file name, used in the messages.</param>
    /// <returns>Readable problems; empty when valid.</returns>
    public IReadOnlyList<string> ValidateLocalization(JsonNode localization, string fileName) => Validate(_localization, localization, fileName);

    private static List<string> Validate(JsonSchema schema, JsonNode document, string fileName)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var results = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var errors = new List<string>();
        foreach (var node in (results.Details ?? []).Prepend(results))
        {
            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                var location = node.InstanceLocation.ToString();
                errors.Add($"{fileName} {(location.Length == 0 ? "(root)" : location)}: {message} (schema {node.EvaluationPath}, {keyword})");
            }
        }

        if (errors.Count == 0)
        {
            errors.Add($"{fileName} does not match the Teams 1.29 schema.");
        }

        return errors.Distinct(StringComparer.Ordinal).ToList();
    }
}
