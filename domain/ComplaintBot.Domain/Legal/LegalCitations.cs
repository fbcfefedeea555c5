using System.Globalization;
using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Normalisation;

namespace ComplaintBot.Domain.Legal;

/// <summary>Turns article codes into citations the user can read.</summary>
public static class LegalCitations
{
    /// <summary>The citation of <paramref name="code"/> in <paramref name="locale"/>.</summary>
    /// <param name="code">An article code from the catalogue, e.g. <c>CRPL-55.1</c>.</param>
    /// <param name="locale">The language.</param>
    /// <param name="catalogue">The catalogue; the default one when null.</param>
    /// <returns>The citation, or null when the code is not in the catalogue.</returns>
    public static LegalCitation? Cite(string code, ComplaintLocale locale, ComplaintCatalogue? catalogue = null)
    {
        catalogue ??= ComplaintCatalogue.Default;
        var article = catalogue.Article(code);
        var law = article is null ? null : catalogue.Law(article.LawCode);
        if (article is null || law is null)
        {
            return null;
        }

        return new LegalCitation(article.Code, law.Name.Get(locale), ArticleText(article, locale), article.Summary.Get(locale));
    }

    /// <summary>"第五十五条第一款" or "Article 55(1)".</summary>
    /// <param name="article">The article.</param>
    /// <param name="locale">The language.</param>
    /// <returns>The article designation.</returns>
    public static string ArticleText(LegalArticle article, ComplaintLocale locale)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (locale == ComplaintLocale.EnUs)
        {
            var paragraph = article.Paragraph is { } p ? "(" + p.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty;
            return "Article " + article.Article.ToString(CultureInfo.InvariantCulture) + paragraph;
        }

        var text = "第" + ChineseNumerals.Format(article.Article) + "条";
        return article.Paragraph is { } para ? text + "第" + ChineseNumerals.Format(para) + "款" : text;
    }

    /// <summary>Short inline form for running text: 《消费者权益保护法》第二十四条 / Consumer Rights Protection Law, Article 24.</summary>
    /// <param name="citation">The citation.</param>
    /// <param name="locale">The language.</param>
    /// <returns>The inline form.</returns>
    public static string Inline(LegalCitation citation, ComplaintLocale locale)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return locale == ComplaintLocale.EnUs ? citation.Law + ", " + citation.Article : citation.Law + citation.Article;
    }
}
