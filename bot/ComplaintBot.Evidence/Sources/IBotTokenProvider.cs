namespace ComplaintBot.Evidence.Sources;

/// <summary>
/// Supplies the bot's access token for attachments the channel serves only to the bot (Teams inline images).
/// The host plugs in its Bot Framework credentials; without an app id there is no token.
/// </summary>
public interface IBotTokenProvider
{
    /// <summary>Gets a bearer token for the channel's attachment service.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The token, or null when the bot runs without credentials.</returns>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
