using System.Globalization;
using ComplaintBot.Domain.Localization;

namespace ComplaintBot.Domain.Catalogue;

/// <summary>One citable article (or paragraph), e.g. <c>CRPL-55.1</c>, with a one-line summary.</summary>
/// <param name="Code">The code: law prefix, dash, article, optionally dot and paragraph.</param>
/// <param name="Summary">A one-line paraphrase in both languages.</param>
public sealed record LegalArticle(string Code, LocalizedText Summary)
{
    /// <summary>Gets the law prefix, e.g. <c>CRPL-IR</c> for <c>CRPL-IR-12</c>.</summary>
    public string LawCode => Code[..Code.LastIndexOf('-')];

    /// <summary>Gets the article number.</summary>
    public int Article => int.Parse(NumberPart.Split('.')[0], CultureInfo.InvariantCulture);

    /// <summary>Gets the paragraph number, or null when the whole article is meant.</summary>
    public int? Paragraph
    {
        get
        {
            var parts = NumberPart.Split('.');
            return parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        }
    }

    private string NumberPart => Code[(Code.LastIndexOf('-') + 1)..];
}
