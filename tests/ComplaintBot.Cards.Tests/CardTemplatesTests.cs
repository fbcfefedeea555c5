using System.Text.Json.Nodes;

namespace ComplaintBot.Cards.Tests;

public sealed class CardTemplatesTests
{
    [Fact]
    public void Default_EmbedsExactlyTheFourCards() =>
        Assert.Equal(
            [CardTemplates.EvidenceChecklist, CardTemplates.Help, CardTemplates.Summary, CardTemplates.Welcome],
            CardTemplates.Default.Names.Order(StringComparer.Ordinal));

    [Fact]
    public void Default_IsPreparedOnceAndShared()
    {
        Assert.Same(CardTemplates.Default, CardTemplates.Default);
        Assert.Same(CardTemplates.Default.Get(CardTemplates.Summary), CardTemplates.Default.Get(CardTemplates.Summary));
    }

    [Theory]
    [InlineData(CardTemplates.Welcome)]
    [InlineData(CardTemplates.Help)]
    [InlineData(CardTemplates.EvidenceChecklist)]
    [InlineData(CardTemplates.Summary)]
    public void Template_AsWrittenForTheDesigner_DeclaresSchemaAndVersion15(string name)
    {
        var template = JsonNode.Parse(EmbeddedText.Read($"ComplaintBot.Cards.Templates.{name}.json"))!;

        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", template["$schema"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", template["type"]!.GetValue<string>());
        Assert.Equal("1.5", template["version"]!.GetValue<string>());
        Assert.DoesNotContain("Action.Execute", template.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Get_UnknownName_Throws() =>
        Assert.Throws<InvalidOperationException>(() => CardTemplates.Default.Get("nope"));
}
