using ComplaintBot.Cards.Tests.Support;

namespace ComplaintBot.Cards.Tests;

/// <summary>The validator must reject what Teams or Web Chat would not render, or the card tests prove nothing.</summary>
public sealed class AdaptiveCardValidatorTests
{
    private const string Head = """{ "type": "AdaptiveCard", "version": "1.5", "body": [""";

    [Theory]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.6", "body": [] }""", "above 1.5")]
    [InlineData("""{ "type": "AdaptiveCard", "body": [] }""", "above 1.5")]
    [InlineData("""{ "type": "Card", "version": "1.5" }""", "not an AdaptiveCard")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Execute", "title": "Go", "verb": "x" } ] }""", "Action.Execute")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Submit", "title": "Go", "data": "text" } ] }""", "must be an object naming the action")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Submit", "data": { "action": "a" } } ] }""", ".title: missing")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.ToggleVisibility", "title": "t", "targetElements": ["nope"] } ] }""", "unknown element 'nope'")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ { "type": "Action.Submit", "title": "t", "style": "loud", "data": { "action": "a" } } ] }""", "not an action style")]
    [InlineData(Head + """ { "type": "Carousel" } ] }""", "unknown element type")]
    [InlineData(Head + """ { "type": "TextBlock", "text": "x", "colour": "good" } ] }""", "not a known property")]
    [InlineData(Head + """ { "type": "TextBlock", "text": "x", "color": "pink" } ] }""", "'pink' is not one of")]
    [InlineData(Head + """ { "type": "TextBlock", "text": "x", "wrap": "true" } ] }""", "must be a boolean")]
    [InlineData(Head + """ { "type": "TextBlock", "text": " " } ] }""", "missing or empty")]
    [InlineData(Head + """ { "type": "TextBlock", "text": "Hi ${name}" } ] }""", "template expression left")]
    [InlineData(Head + """ { "type": "TextBlock", "text": "x", "$when": "${true}" } ] }""", "template key left")]
    [InlineData(Head + """ { "type": "Container", "$data": [], "items": [] } ] }""", "template key left")]
    [InlineData(Head + """ { "type": "RichTextBlock", "inlines": [ { "type": "TextRun", "text": "" } ] } ] }""", "missing or empty")]
    [InlineData(Head + """ { "type": "RichTextBlock", "inlines": [] } ] }""", "at least one inline")]
    [InlineData(Head + """ { "type": "FactSet", "facts": [ { "title": "a" } ] } ] }""", ".value: missing")]
    [InlineData(Head + """ { "type": "ColumnSet", "columns": [ { "type": "Column", "width": "wide", "items": [] } ] } ] }""", "is not auto, stretch")]
    [InlineData(Head + """ { "type": "ColumnSet", "columns": [ { "type": "Container", "items": [] } ] } ] }""", "not a Column")]
    [InlineData(Head + """ { "type": "TextBlock", "id": "a", "text": "x" }, { "type": "TextBlock", "id": "a", "text": "y" } ] }""", "duplicate id")]
    [InlineData(Head + """ { "type": "ActionSet", "actions": [ { "type": "Action.Submit", "title": "t", "data": { "action": "${x}" } } ] } ] }""", "template expression left")]
    [InlineData("""{ "type": "AdaptiveCard", "version": "1.5", "body": [ """, "not valid JSON")]
    public void Validate_InvalidCard_ReportsTheProblem(string card, string expected)
    {
        var problems = AdaptiveCardValidator.Validate(card);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SevenTopLevelActions_ReportsTeamsLimit()
    {
        var actions = string.Join(",", Enumerable.Range(0, 7).Select(i => $$"""{ "type": "Action.Submit", "title": "b{{i}}", "data": { "action": "a" } }"""));

        var problems = AdaptiveCardValidator.Validate($$"""{ "type": "AdaptiveCard", "version": "1.5", "actions": [ {{actions}} ] }""");

        Assert.Contains(problems, p => p.Contains("at most 6", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CardUsingEveryKindWeUse_HasNoProblems()
    {
        const string card = """
            {
              "$schema": "http://adaptivecards.io/schemas/adaptive-card.json", "type": "AdaptiveCard", "version": "1.5", "lang": "zh-CN", "fallbackText": "f",
              "body": [
                { "type": "TextBlock", "text": "t", "size": "Large", "weight": "Bolder", "wrap": true, "style": "heading", "color": "Good" },
                { "type": "RichTextBlock", "inlines": [ { "type": "TextRun", "text": "r", "isSubtle": true, "size": "Small" } ] },
                { "type": "ColumnSet", "columns": [ { "type": "Column", "width": "72px", "items": [ { "type": "TextBlock", "text": "c" } ] }, { "type": "Column", "width": "auto", "items": [] } ] },
                { "type": "Container", "id": "hidden", "isVisible": false, "style": "emphasis", "items": [ { "type": "FactSet", "facts": [ { "title": "a", "value": "b" } ] } ] },
                { "type": "ActionSet", "actions": [ { "type": "Action.ToggleVisibility", "title": "show", "targetElements": ["hidden"] } ] }
              ],
              "actions": [
                { "type": "Action.Submit", "title": "ok", "style": "positive", "data": { "action": "confirm" } },
                { "type": "Action.OpenUrl", "title": "web", "url": "https://example.org" },
                { "type": "Action.ShowCard", "title": "more", "card": { "type": "AdaptiveCard", "body": [ { "type": "TextBlock", "text": "x" } ] } }
              ]
            }
            """;

        Assert.Empty(AdaptiveCardValidator.Validate(card));
    }

    [Fact]
    public void Validate_UserTextThatLooksLikeTemplate_IsAcceptedOnlyWhenAllowed()
    {
        const string card = Head + """ { "type": "TextBlock", "text": "user wrote ${x}" } ] }""";

        Assert.NotEmpty(AdaptiveCardValidator.Validate(card));
        Assert.Empty(AdaptiveCardValidator.Validate(card, userTextMayLookLikeTemplate: true));
    }
}
