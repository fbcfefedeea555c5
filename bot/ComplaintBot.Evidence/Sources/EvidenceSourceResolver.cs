using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Evidence.Refusals;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Evidence.Sources;

/// <summary>Finds where each channel put an attachment's bytes.</summary>
internal static class EvidenceSourceResolver
{
    public static EvidenceSource Resolve(EvidenceIntakeRequest request, EvidenceOptions options)
    {
        var attachment = request.Attachment;
        var type = attachment.ContentType;

        if (string.Equals(type, TeamsContentTypes.FileDownloadInfo, StringComparison.OrdinalIgnoreCase))
        {
            // A pre-authenticated OneDrive link: fetched plainly, the bot's token must never go there.
            var (downloadUrl, fileType) = ReadDownloadInfo(attachment.Content);
            var download = ParseLocation(downloadUrl);
            return new EvidenceSource(download.Http, download.Data, attachment.Name, fileType, SendBotToken: false);
        }

        if (string.Equals(type, TeamsContentTypes.Html, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(attachment.ContentUrl))
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.UnsupportedSource);
        }

        var (http, data) = ParseLocation(attachment.ContentUrl);
        var sendToken = http is not null
            && string.Equals(request.ChannelId, TeamsContentTypes.ChannelId, StringComparison.OrdinalIgnoreCase)
            && type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true
            && IsTokenHost(http, request.ServiceUrl, options);
        return new EvidenceSource(http, data, attachment.Name, type, sendToken);
    }

    /// <summary>The host of a service URL, or null when there is none.</summary>
    public static string? HostOf(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.IdnHost) ? uri.IdnHost : null;

    /// <summary>The service URL itself, when it is an http(s) URL whose host and port may be exempt from the address check.</summary>
    public static Uri? ServiceOrigin(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.IdnHost)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static bool IsTokenHost(Uri location, string? serviceUrl, EvidenceOptions options)
    {
        var host = location.IdnHost;
        return string.Equals(host, HostOf(serviceUrl), StringComparison.OrdinalIgnoreCase)
            || options.TokenHosts.Any(h => string.Equals(h?.Trim(), host, StringComparison.OrdinalIgnoreCase));
    }

    private static (Uri? Http, string? Data) ParseLocation(string? url)
    {
        var text = url?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.UnsupportedSource);
        }

        if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return (null, text);
        }

        // Only http and https: file:, ftp:, gopher: and friends would reach things a download must not.
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return (uri, null);
        }

        throw new EvidenceRefusedException(EvidenceRefusalCodes.UnsupportedSource);
    }

    private static (string? DownloadUrl, string? FileType) ReadDownloadInfo(object? content)
    {
        try
        {
            var token = content switch
            {
                null => null,
                JToken t => t,
                string s => JToken.Parse(s),
                System.Text.Json.JsonElement e => JToken.Parse(e.GetRawText()),
                _ => JToken.FromObject(content),
            };
            return token is JObject o
                ? (o.Value<string>("downloadUrl"), o.Value<string>("fileType"))
                : (null, null);
        }
        catch (JsonException ex)
        {
            throw new EvidenceRefusedException(EvidenceRefusalCodes.UnsupportedSource, ex);
        }
    }
}
