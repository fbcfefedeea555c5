using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Bot.Adapter;

/// <summary>The <c>Messages</c> configuration section: limits of <c>POST /api/messages</c>.</summary>
public sealed class MessagesOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Messages";

    /// <summary>Gets or sets the largest request body accepted; larger requests get 413 without being read.</summary>
    /// <value>Bytes. Default 4 MiB: channels send files as links, and the Emulator inlines only small ones.</value>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 4L * 1024 * 1024;
}
