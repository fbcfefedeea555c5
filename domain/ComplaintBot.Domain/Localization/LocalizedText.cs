namespace ComplaintBot.Domain.Localization;

/// <summary>A short text in both languages.</summary>
/// <param name="Zh">The Chinese text.</param>
/// <param name="En">The English text.</param>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text for <paramref name="locale"/>.</summary>
    /// <param name="locale">The wanted language.</param>
    /// <returns>The Chinese or English text.</returns>
    public string Get(ComplaintLocale locale) => locale == ComplaintLocale.EnUs ? En : Zh;
}
