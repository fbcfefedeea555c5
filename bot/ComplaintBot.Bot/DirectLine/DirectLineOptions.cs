using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>Settings of the built-in Direct Line channel and the Web Chat pages (configuration section <c>DirectLine</c>).</summary>
public sealed class DirectLineOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "DirectLine";

    /// <summary>Gets or sets a value indicating whether the channel and the pages are served.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Gets or sets the HMAC key that signs tokens, base64, at least 32 bytes. Empty: a random key is made at start-up
    /// (tokens then die with the process and are not accepted by other instances; a log line says so).
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>
    /// Gets or sets the Direct Line secret a back end presents to <c>POST /v3/directline/tokens/generate</c> and to
    /// the conversation routes. Empty: only tokens are accepted and only our page-facing endpoint issues them.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Gets or sets how long a token is valid, in seconds.</summary>
    [Range(60, 86400)]
    public int TokenLifetimeSeconds { get; set; } = 1800;

    /// <summary>
    /// Gets or sets the address the bot sees as <c>serviceUrl</c> and under which uploaded files are downloaded by the
    /// evidence step. Empty: the host's first listening address.
    /// </summary>
    public string? ServiceUrl { get; set; }

    /// <summary>Gets the origins (scheme://host[:port]) whose pages may embed the chat and call the channel.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    /// <summary>Gets or sets the most activities kept in one conversation (user and bot together).</summary>
    [Range(10, 100000)]
    public int MaxActivitiesPerConversation { get; set; } = 2000;

    /// <summary>Gets or sets the largest JSON body of <c>POST …/activities</c>, in bytes.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Gets or sets the largest file of an upload, in bytes.</summary>
    [Range(1, 200 * 1024 * 1024)]
    public long MaxUploadFileBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Gets or sets the largest upload request (all files and the activity part), in bytes.</summary>
    [Range(1024, 500 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Gets or sets the most files in one upload.</summary>
    [Range(1, 100)]
    public int MaxFilesPerUpload { get; set; } = 10;

    /// <summary>Gets the file types an upload may declare (<c>type/*</c> allowed). Empty keeps the defaults.</summary>
    public IList<string> UploadContentTypes { get; } = [];

    /// <summary>Gets or sets how many requests one client address may make per minute to the channel.</summary>
    [Range(1, 1_000_000)]
    public int PerClientRequestsPerMinute { get; set; } = 600;

    /// <summary>Gets or sets how many activities and uploads one conversation may post per minute.</summary>
    [Range(1, 100_000)]
    public int PerConversationPostsPerMinute { get; set; } = 60;

    /// <summary>Gets or sets how many tokens one client address may obtain per minute from the page-facing endpoint.</summary>
    [Range(1, 100_000)]
    public int PerClientTokensPerMinute { get; set; } = 30;

    /// <summary>Gets or sets a value indicating whether the WebSocket stream is offered (a <c>streamUrl</c> in start responses).</summary>
    public bool WebSocket { get; set; } = true;

    /// <summary>Gets or sets how long <c>POST …/activities</c> waits for the bot's turn before answering anyway, in milliseconds.</summary>
    [Range(0, 120_000)]
    public int PostWaitMilliseconds { get; set; } = 15_000;

    /// <summary>The upload types accepted when <see cref="UploadContentTypes"/> is empty: what the evidence step can keep.</summary>
    public static IReadOnlyList<string> DefaultUploadContentTypes { get; } =
        ["image/*", "application/pdf", "video/mp4", "video/quicktime", "text/plain", "application/octet-stream"];
}
