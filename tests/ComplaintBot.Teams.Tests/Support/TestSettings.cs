using ComplaintBot.Teams.Packager.Configuration;

namespace ComplaintBot.Teams.Tests.Support;

/// <summary>Valid packager settings, and the same values as configuration entries.</summary>
internal static class TestSettings
{
    public const string AppId = "3f2b8c1e-5a7d-4e9b-9c2a-1b6e4d8f0a37";
    public const string WebsiteUrl = "https://complaintbot.example.com/";

    public static TeamsAppSettings Valid() => new()
    {
        AppId = AppId,
        BotId = AppId,
        WebsiteUrl = WebsiteUrl,
        PrivacyUrl = WebsiteUrl + "privacy",
        TermsOfUseUrl = WebsiteUrl + "terms",
        ValidDomains = ["complaintbot.example.com"],
    };

    public static Dictionary<string, string?> ValidEntries() => new()
    {
        ["MicrosoftAppId"] = AppId,
        ["Teams:WebsiteUrl"] = WebsiteUrl,
    };
}
