using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ComplaintBot.Teams.Packager.Packaging;

namespace ComplaintBot.Teams.Packager.Manifest;

/// <summary>
/// Fills a JSON template whose placeholders are whole string values such as <c>"{{AppId}}"</c>. Working on the
/// parsed tree rather than on text means a value is always encoded correctly and may be any JSON (the domain
/// list becomes an array), and a placeholder can never leak into the package unnoticed.
/// </summary>
internal static partial class ManifestTemplate
{
    /// <summary>Replaces every placeholder in a template.</summary>
    /// <param name="templateJson">The template text: a JSON object.</param>
    /// <param name="values">The value of each placeholder name (without braces).</param>
    /// <returns>The filled document.</returns>
    /// <exception cref="TeamsPackageException">The template is not a JSON object, or a placeholder has no value.</exception>
    public static JsonObject Fill(string templateJson, IReadOnlyDictionary<string, JsonNode?> values)
    {
        ArgumentNullException.ThrowIfNull(templateJson);
        ArgumentNullException.ThrowIfNull(values);
        if (JsonNode.Parse(templateJson) is not JsonObject root)
        {
            throw new TeamsPackageException(["The manifest template is not a JSON object."]);
        }

        var errors = new List<string>();
        Visit(root, values, errors);
        return errors.Count == 0 ? root : throw new TeamsPackageException(errors);
    }

    private static void Visit(JsonNode node, IReadOnlyDictionary<string, JsonNode?> values, List<string> errors)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    VisitChild(obj[name], replacement => obj[name] = replacement, values, errors);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var index = i;
                    VisitChild(array[i], replacement => array[index] = replacement, values, errors);
                }

                break;
        }
    }

    private static void VisitChild(JsonNode? child, Action<JsonNode?> replace, IReadOnlyDictionary<string, JsonNode?> values, List<string> errors)
    {
        if (child is not JsonValue value || !value.TryGetValue<string>(out var text))
        {
            if (child is not null)
            {
                Visit(child, values, errors);
            }

            return;
        }

        var match = Placeholder().Match(text);
        if (match.Success)
        {
            var name = match.Groups["name"].Value;
            if (values.TryGetValue(name, out var replacement))
            {
                replace(replacement?.DeepClone());
            }
            else
            {
                errors.Add($"{child.GetPath()}: the template placeholder {{{{{name}}}}} has no value.");
            }
        }
        else if (text.Contains("{{", StringComparison.Ordinal))
        {
            errors.Add($"{child.GetPath()}: '{text}' mixes a placeholder with text; a placeholder must be the whole value.");
        }
    }

    [GeneratedRegex(@"^\{\{(?<name>[A-Za-z][A-Za-z0-9]*)\}\}$", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
