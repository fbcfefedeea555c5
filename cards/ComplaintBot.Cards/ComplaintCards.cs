using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Cards.Input;
using ComplaintBot.Cards.Localization;
using ComplaintBot.Cards.Templating;
using ComplaintBot.Cards.Templating.Expressions;

namespace ComplaintBot.Cards;

/// <summary>
/// The cards of the complaint interview, as Adaptive Card 1.5 JSON: text from <see cref="Welcome"/> and the
/// other text methods, a fresh <see cref="JsonObject"/> from <see cref="WelcomeObject"/> and the other
/// <c>…Object</c> methods. Wrap either in an attachment with content type <see cref="ContentType"/>. Cards come
/// in Chinese (zh-CN, the default) or English (en-US).
/// </summary>
/// <remarks>
/// Whatever the user typed is placed as plain data in <c>TextRun</c>s, which renderers never treat as
/// markdown, so quotes, markup, links or <c>${…}</c> in it appear literally. Long text is shortened in the
/// card; the complaint document keeps it in full. Safe to share between threads; register it as a singleton.
/// </remarks>
public sealed class ComplaintCards
{
    /// <summary>The attachment content type of an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private readonly CardTemplates _templates;

    /// <summary>Creates the catalog; the embedded templates are prepared once per process and shared.</summary>
    public ComplaintCards()
        : this(CardTemplates.Default)
    {
    }

    internal ComplaintCards(CardTemplates templates) => _templates = templates;

    /// <summary>The first card: what the bot does, a privacy note, and a start button (<see cref="CardActions.Start"/>).</summary>
    /// <param name="locale">The user's locale (e.g. <c>activity.locale</c>); see <see cref="CardLocale.Normalize"/>.</param>
    /// <returns>The card JSON.</returns>
    public string Welcome(string? locale) => ToText(WelcomeObject(locale));

    /// <summary>The welcome card as a JSON object (see <see cref="Welcome"/>).</summary>
    /// <param name="locale">The user's locale.</param>
    /// <returns>The card, a new object the caller owns.</returns>
    public JsonObject WelcomeObject(string? locale)
    {
        var language = CardLocale.Normalize(locale);
        return Render(CardTemplates.Welcome, [], language);
    }

    /// <summary>The help card: the commands that work anywhere, plus advice for the question being asked.</summary>
    /// <param name="locale">The user's locale.</param>
    /// <param name="pendingStep">The step hint of the pending question (e.g. <c>order.orderId</c>); null or unknown shows general help only.</param>
    /// <returns>The card JSON.</returns>
    public string Help(string? locale, string? pendingStep) => ToText(HelpObject(locale, pendingStep));

    /// <summary>The help card as a JSON object (see <see cref="Help"/>).</summary>
    /// <param name="locale">The user's locale.</param>
    /// <param name="pendingStep">The step hint of the pending question, or null.</param>
    /// <returns>The card, a new object the caller owns.</returns>
    public JsonObject HelpObject(string? locale, string? pendingStep)
    {
        var language = CardLocale.Normalize(locale);
        var data = new JsonObject { ["step"] = pendingStep is null ? null : TextSanitizer.Clean(pendingStep) };
        return Render(CardTemplates.Help, data, language);
    }

    /// <summary>The evidence checklist of a problem type: key items first, each marked received or missing.</summary>
    /// <param name="locale">The user's locale.</param>
    /// <param name="problemTypeName">The localized problem type shown under the title, or null.</param>
    /// <param name="items">The checklist, usually in the domain catalogue's order.</param>
    /// <returns>The card JSON.</returns>
    public string EvidenceChecklist(string? locale, string? problemTypeName, IEnumerable<EvidenceChecklistItem> items) =>
        ToText(EvidenceChecklistObject(locale, problemTypeName, items));

    /// <summary>The evidence checklist card as a JSON object (see <see cref="EvidenceChecklist"/>).</summary>
    /// <param name="locale">The user's locale.</param>
    /// <param name="problemTypeName">The localized problem type shown under the title, or null.</param>
    /// <param name="items">The checklist.</param>
    /// <returns>The card, a new object the caller owns.</returns>
    public JsonObject EvidenceChecklistObject(string? locale, string? problemTypeName, IEnumerable<EvidenceChecklistItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var language = CardLocale.Normalize(locale);
        return Render(CardTemplates.EvidenceChecklist, ChecklistData.Build(problemTypeName, items), language);
    }

    /// <summary>The summary of a complaint, in the language of the document's <c>locale</c>.</summary>
    /// <param name="complaintDocument">The complaint document (camelCase JSON). It is read, never modified.</param>
    /// <returns>The card JSON.</returns>
    public string Summary(JsonObject complaintDocument) => ToText(SummaryObject(complaintDocument));

    /// <summary>The summary card as a JSON object (see <see cref="Summary(JsonObject)"/>).</summary>
    /// <param name="complaintDocument">The complaint document (camelCase JSON). It is read, never modified.</param>
    /// <returns>The card, a new object the caller owns.</returns>
    public JsonObject SummaryObject(JsonObject complaintDocument)
    {
        ArgumentNullException.ThrowIfNull(complaintDocument);
        var (data, language) = SummaryData.Build(complaintDocument);
        return Render(CardTemplates.Summary, data, language);
    }

    /// <summary>The summary card of a parsed complaint document (see <see cref="Summary(JsonObject)"/>).</summary>
    /// <param name="complaintDocument">The complaint document, e.g. the root of <c>JsonSerializer.SerializeToDocument</c>.</param>
    /// <returns>The card, a new object the caller owns; the same card as for the document parsed into a <see cref="JsonObject"/>.</returns>
    /// <exception cref="ArgumentException">The element is not an object.</exception>
    /// <remarks>Reads the element directly, without first building the document as nodes.</remarks>
    public JsonObject SummaryObject(JsonElement complaintDocument)
    {
        var (data, language) = SummaryData.Build(complaintDocument);
        return Render(CardTemplates.Summary, data, language);
    }

    /// <summary>The summary of a complaint given as JSON text.</summary>
    /// <param name="complaintDocumentJson">The complaint document serialised as a JSON object.</param>
    /// <returns>The card JSON.</returns>
    /// <exception cref="System.Text.Json.JsonException">The text is not valid JSON.</exception>
    /// <exception cref="ArgumentException">The JSON is not an object.</exception>
    public string Summary(string complaintDocumentJson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(complaintDocumentJson);
        return JsonNode.Parse(complaintDocumentJson) is JsonObject document
            ? Summary(document)
            : throw new ArgumentException("The complaint document must be a JSON object.", nameof(complaintDocumentJson));
    }

    /// <summary>Prints a card from one of the <c>…Object</c> methods as the text methods print theirs.</summary>
    /// <param name="card">The card.</param>
    /// <returns>The card JSON: compact, escaped only as JSON requires.</returns>
    public static string ToText(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.ToJsonString(JsonValues.WriteOptions);
    }

    private JsonObject Render(string templateName, JsonObject data, string language) =>
        _templates.Get(templateName).Expand(data, CardLocale.Culture(language), CardLabels.Shared(language)) as JsonObject
            ?? throw new TemplateException($"Template '{templateName}' must expand to a JSON object (an AdaptiveCard).");
}
