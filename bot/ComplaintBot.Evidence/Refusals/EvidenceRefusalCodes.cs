namespace ComplaintBot.Evidence.Refusals;

/// <summary>The stable codes of <see cref="Dialogs.Evidence.EvidenceIntakeResult.RefusalCode"/>. Never renamed: logs and tests key on them.</summary>
public static class EvidenceRefusalCodes
{
    /// <summary>The file is larger than the per-file limit.</summary>
    public const string TooLarge = "too_large";

    /// <summary>The complaint already has as many files as allowed.</summary>
    public const string TooManyFiles = "too_many_files";

    /// <summary>The file would take the complaint over its total size limit.</summary>
    public const string TotalTooLarge = "total_too_large";

    /// <summary>The content is not one of the accepted types.</summary>
    public const string TypeNotAllowed = "type_not_allowed";

    /// <summary>The name or declared type claims an accepted type the content does not have (HTML named .jpg).</summary>
    public const string Disguised = "disguised";

    /// <summary>The file could not be fetched: network error, error status, expired link, too many redirects.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The address is loopback, private, link-local, multicast or unspecified and not allowed.</summary>
    public const string BlockedAddress = "blocked_address";

    /// <summary>The download took longer than allowed.</summary>
    public const string Timeout = "timeout";

    /// <summary>The file has no content.</summary>
    public const string Empty = "empty";

    /// <summary>A <c>data:</c> URI that cannot be decoded.</summary>
    public const string BadDataUri = "bad_data_uri";

    /// <summary>The attachment carries no file the bot can fetch (no URL, or a scheme other than http, https and data).</summary>
    public const string UnsupportedSource = "unsupported_source";

    /// <summary>The file passed every check but could not be saved.</summary>
    public const string StoreFailed = "store_failed";

    /// <summary>Gets every code, in the order the messages are documented.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        TooLarge, TooManyFiles, TotalTooLarge, TypeNotAllowed, Disguised, Unreachable,
        BlockedAddress, Timeout, Empty, BadDataUri, UnsupportedSource, StoreFailed,
    ];
}
