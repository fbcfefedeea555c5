using System.Text.Json.Nodes;
using ComplaintBot.Teams.Packager.Configuration;

namespace ComplaintBot.Teams.Packager.Manifest;

/// <summary>The placeholder values of <c>manifest.template.json</c>, taken from the settings.</summary>
internal static class ManifestPlaceholders
{
    /// <summary>Builds the placeholder table.</summary>
    /// <param name="settings">Validated settings.</param>
    /// <returns>Each placeholder name with its JSON value.</returns>
    public static IReadOnlyDictionary<string, JsonNode?> From(TeamsAppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["AppId"] = settings.AppId,
            ["BotId"] = settings.BotId,
            ["Version"] = settings.Version,
            ["DeveloperName"] = settings.DeveloperName,
            ["WebsiteUrl"] = settings.WebsiteUrl,
            ["PrivacyUrl"] = settings.PrivacyUrl,
            ["TermsOfUseUrl"] = settings.TermsOfUseUrl,
            ["AccentColor"] = settings.AccentColor.ToUpperInvariant(),
            ["ValidDomains"] = new JsonArray([.. settings.ValidDomains.Select(d => JsonValue.Create(d))]),
        };
    }
}
