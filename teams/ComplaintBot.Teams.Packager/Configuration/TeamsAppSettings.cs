using System.Text.RegularExpressions;
using ComplaintBot.Teams.Packager.Icons;
using Microsoft.Extensions.Configuration;

namespace ComplaintBot.Teams.Packager.Configuration;

/// <summary>
/// The values the packager puts into the manifest, read from the same configuration the host uses: the flat
/// <c>MicrosoftAppId</c> plus an optional <c>Teams</c> section. Defaults are applied on reading; <see cref="Validate"/>
/// then reports every problem at once, each naming the key and its environment variable.
/// </summary>
internal sealed partial record TeamsAppSettings
{
    /// <summary>The bot's Microsoft App ID (flat key shared with the host).</summary>
    public const string MicrosoftAppIdKey = "MicrosoftAppId";

    /// <summary>The Teams app id; defaults to the bot's app id.</summary>
    public const string AppIdKey = "Teams:AppId";

    /// <summary>The app package version.</summary>
    public const string VersionKey = "Teams:Version";

    /// <summary>The developer name shown in the app details.</summary>
    public const string DeveloperNameKey = "Teams:DeveloperName";

    /// <summary>The developer's support page.</summary>
    public const string WebsiteUrlKey = "Teams:WebsiteUrl";

    /// <summary>The privacy statement; defaults to the website.</summary>
    public const string PrivacyUrlKey = "Teams:PrivacyUrl";

    /// <summary>The terms of use; defaults to the website.</summary>
    public const string TermsOfUseUrlKey = "Teams:TermsOfUseUrl";

    /// <summary>The accent colour, also the colour icon's background.</summary>
    public const string AccentColorKey = "Teams:AccentColor";

    /// <summary>The domains the app may open; a list or one comma-separated value.</summary>
    public const string ValidDomainsKey = "Teams:ValidDomains";

    /// <summary>The default <see cref="Version"/>.</summary>
    public const string DefaultVersion = "1.0.0";

    /// <summary>The default <see cref="DeveloperName"/>.</summary>
    public const string DefaultDeveloperName = "ComplaintBot";

    /// <summary>The default <see cref="AccentColor"/>: a warm orange-red.</summary>
    public const string DefaultAccentColor = "#D9480F";

    // Limits from the Teams manifest schema, checked here so the message can name the configuration key.
    private const int DeveloperNameMaxLength = 32;
    private const int UrlMaxLength = 2048;
    private const int ValidDomainsMaxCount = 100;

    /// <summary>Gets the manifest <c>id</c>: the Teams app's own GUID.</summary>
    public required string AppId { get; init; }

    /// <summary>Gets the bot's Microsoft App ID (<c>bots[0].botId</c>).</summary>
    public required string BotId { get; init; }

    /// <summary>Gets the app version, <c>MAJOR.MINOR.PATCH</c>; raise it for every package uploaded.</summary>
    public string Version { get; init; } = DefaultVersion;

    /// <summary>Gets the developer name (at most 32 characters).</summary>
    public string DeveloperName { get; init; } = DefaultDeveloperName;

    /// <summary>Gets the developer website (https).</summary>
    public required string WebsiteUrl { get; init; }

    /// <summary>Gets the privacy statement URL (https).</summary>
    public required string PrivacyUrl { get; init; }

    /// <summary>Gets the terms of use URL (https).</summary>
    public required string TermsOfUseUrl { get; init; }

    /// <summary>Gets the accent colour, <c>#RRGGBB</c>.</summary>
    public string AccentColor { get; init; } = DefaultAccentColor;

    /// <summary>Gets the host names for <c>validDomains</c> (no scheme, no path; <c>*.</c> prefix allowed).</summary>
    public IReadOnlyList<string> ValidDomains { get; init; } = [];

    /// <summary>Reads the settings, applying the defaults; nothing is validated yet.</summary>
    /// <param name="configuration">The configuration: root <c>appsettings.json</c> plus overrides.</param>
    /// <returns>The settings.</returns>
    public static TeamsAppSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        string Read(string key) => configuration[key]?.Trim() ?? string.Empty;
        string ReadOr(string key, string fallback) => Read(key) is { Length: > 0 } value ? value : fallback;

        var botId = Read(MicrosoftAppIdKey);
        var website = Read(WebsiteUrlKey);
        return new TeamsAppSettings
        {
            BotId = botId,
            AppId = ReadOr(AppIdKey, botId),
            Version = ReadOr(VersionKey, DefaultVersion),
            DeveloperName = ReadOr(DeveloperNameKey, DefaultDeveloperName),
            WebsiteUrl = website,
            PrivacyUrl = ReadOr(PrivacyUrlKey, website),
            TermsOfUseUrl = ReadOr(TermsOfUseUrlKey, website),
            AccentColor = ReadOr(AccentColorKey, DefaultAccentColor),
            ValidDomains = ReadList(configuration, ValidDomainsKey),
        };
    }

    /// <summary>Checks every value and describes each problem in a sentence that says how to fix it.</summary>
    /// <returns>The problems; empty when the settings can be packaged.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        CheckGuid(errors, MicrosoftAppIdKey, BotId, "the Microsoft App ID of the Azure Bot's app registration");
        if (AppId != BotId)
        {
            CheckGuid(errors, AppIdKey, AppId, "a GUID of its own for the Teams app, or left empty to reuse MicrosoftAppId");
        }

        if (!SemVer().IsMatch(Version))
        {
            errors.Add($"{VersionKey} '{Version}' must be MAJOR.MINOR.PATCH, for example 1.0.0 ({EnvironmentName(VersionKey)}).");
        }

        if (DeveloperName.Length > DeveloperNameMaxLength)
        {
            errors.Add($"{DeveloperNameKey} '{DeveloperName}' is longer than {DeveloperNameMaxLength} characters ({EnvironmentName(DeveloperNameKey)}).");
        }

        CheckHttpsUrl(errors, WebsiteUrlKey, WebsiteUrl);
        if (PrivacyUrl != WebsiteUrl)
        {
            CheckHttpsUrl(errors, PrivacyUrlKey, PrivacyUrl);
        }

        if (TermsOfUseUrl != WebsiteUrl)
        {
            CheckHttpsUrl(errors, TermsOfUseUrlKey, TermsOfUseUrl);
        }

        if (!RgbaColor.TryParseHex(AccentColor, out _))
        {
            errors.Add($"{AccentColorKey} '{AccentColor}' must be an HTML colour such as {DefaultAccentColor} ({EnvironmentName(AccentColorKey)}).");
        }

        if (ValidDomains.Count > ValidDomainsMaxCount)
        {
            errors.Add($"{ValidDomainsKey} lists {ValidDomains.Count} domains; Teams accepts at most {ValidDomainsMaxCount}.");
        }

        foreach (var domain in ValidDomains.Where(d => !DomainName().IsMatch(d)))
        {
            errors.Add($"{ValidDomainsKey} entry '{domain}' must be a host name such as bot.example.com or *.example.com, without scheme or path.");
        }

        return errors;
    }

    /// <summary>Gets the environment variable that overrides a configuration key.</summary>
    /// <param name="key">A key such as <c>Teams:WebsiteUrl</c>.</param>
    /// <returns>The variable name, such as <c>Teams__WebsiteUrl</c>.</returns>
    public static string EnvironmentName(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    private static string[] ReadList(IConfiguration configuration, string key)
    {
        // A JSON array arrives as children (Teams:ValidDomains:0, ...); an environment variable is easier as "a.com,b.com".
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Any()
            ? section.GetChildren().Select(child => child.Value)
            : (section.Value ?? string.Empty).Split(',');
        return values
            .Select(value => value?.Trim() ?? string.Empty)
            .Where(value => value.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    private static void CheckGuid(List<string> errors, string key, string value, string meaning)
    {
        if (value.Length == 0)
        {
            errors.Add($"{key} is empty: set it in appsettings.json or the environment variable {EnvironmentName(key)} to {meaning}. "
                + "(An empty app id is fine for the Emulator, but Teams always needs one.)");
        }
        else if (!Guid.TryParseExact(value, "D", out var guid))
        {
            errors.Add($"{key} '{value}' is not a GUID of the form 00000000-0000-0000-0000-000000000000; it must be {meaning}.");
        }
        else if (guid == Guid.Empty)
        {
            errors.Add($"{key} is the all-zero GUID, a placeholder; it must be {meaning}.");
        }
    }

    private static void CheckHttpsUrl(List<string> errors, string key, string value)
    {
        if (value.Length == 0)
        {
            errors.Add($"{key} is empty: set it in appsettings.json or the environment variable {EnvironmentName(key)} to the https:// page "
                + $"Teams shows as the developer's website ({PrivacyUrlKey} and {TermsOfUseUrlKey} default to it).");
        }
        else if (value.Length > UrlMaxLength
            || !Uri.TryCreate(value, UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || uri.Host.Length == 0)
        {
            errors.Add($"{key} '{value}' must be an absolute https:// URL of at most {UrlMaxLength} characters ({EnvironmentName(key)}).");
        }
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SemVer();

    [GeneratedRegex(@"^(\*\.)?([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();
}
