namespace ComplaintBot.Evidence.Sources;

/// <summary>Where an attachment's bytes are, and what the channel claimed about them.</summary>
/// <param name="HttpLocation">An <c>http</c> or <c>https</c> URL, or null for a <c>data:</c> URI.</param>
/// <param name="DataUri">The whole <c>data:</c> URI, or null. Kept as text: <see cref="Uri"/> cannot hold more than 64 KB.</param>
/// <param name="Name">The file name the user sent, if any.</param>
/// <param name="DeclaredType">The MIME type or file extension the channel declared; never trusted, only compared.</param>
/// <param name="SendBotToken">True for Teams inline images, which the Teams service serves only to the bot.</param>
internal sealed record EvidenceSource(Uri? HttpLocation, string? DataUri, string? Name, string? DeclaredType, bool SendBotToken);
