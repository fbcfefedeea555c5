using Microsoft.Bot.Connector;

namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>What a channel can render, as far as choice rendering needs to know.</summary>
public static class Channel
{
    /// <summary>The longest button title every channel shows in full.</summary>
    public const int MaxActionTitleLength = 20;

    /// <summary>Tells whether the channel shows <paramref name="buttonCount"/> suggested actions.</summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="buttonCount">The number of buttons.</param>
    /// <param name="conversationType">The conversation type (Teams shows them only in "personal" chats).</param>
    /// <returns>True when supported.</returns>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100, string? conversationType = null) => channelId switch
    {
        Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat or Channels.Telegram => buttonCount <= 100,
        Channels.Msteams => string.Equals(conversationType, "personal", StringComparison.OrdinalIgnoreCase) && buttonCount <= 3,
        Channels.Facebook or Channels.Skype => buttonCount <= 10,
        Channels.Line => buttonCount <= 13,
        "kik" => buttonCount <= 20,
        _ => false,
    };

    /// <summary>Tells whether the channel shows <paramref name="buttonCount"/> card buttons.</summary>
    /// <param name="channelId">The channel id.</param>
    /// <param name="buttonCount">The number of buttons.</param>
    /// <returns>True when supported.</returns>
    public static bool SupportsCardActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat or Channels.Telegram
            or Channels.Slack or "cortana" => buttonCount <= 100,
        Channels.Msteams => buttonCount <= 50,
        Channels.Facebook or Channels.Skype => buttonCount <= 3,
        Channels.Line => buttonCount <= 99,
        _ => false,
    };
}
