namespace ComplaintBot.Evidence.Content;

/// <summary>What the bytes of a file turned out to be.</summary>
/// <param name="ContentType">An accepted type from <see cref="EvidenceContentTypes"/>, or null when the content is not accepted.</param>
/// <param name="IsMarkup">True when the content is HTML, XML or SVG text: never evidence, whatever its name says.</param>
internal sealed record SniffResult(string? ContentType, bool IsMarkup)
{
    public static readonly SniffResult Unknown = new(null, false);

    public static readonly SniffResult Markup = new(null, true);
}
