using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Domain.Documents;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Bench.Micro.Benchmarks;

/// <summary>
/// The summary Adaptive Card of a complaint with 20 evidence items (the most a complaint may have), from the
/// complaint document as the review step has it.
/// </summary>
[MemoryDiagnoser]
public class SummaryCardBenchmarks
{
    private readonly ComplaintCards _cards = new();
    private ComplaintDocument _typedDocument = null!;
    private JsonObject _document = [];
    private string _documentJson = string.Empty;

    /// <summary>Builds the document once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var builder = new ComplaintDocumentBuilder(new FakeTimeProvider(SampleDrafts.Now));
        _typedDocument = builder.Build(SampleDrafts.Full(evidenceItems: 20));
        _documentJson = ComplaintJson.Serialize(_typedDocument);
        _document = (JsonObject)JsonNode.Parse(_documentJson)!;
    }

    /// <summary>Expands the summary template for the document.</summary>
    /// <returns>The card JSON.</returns>
    [Benchmark]
    public string Summary20Evidence() => _cards.Summary(_document);

    /// <summary>What the summary card alone costs from the document's JSON text: parse it, expand the card.</summary>
    /// <returns>The card JSON.</returns>
    [Benchmark]
    public string SummaryFromDocumentJson20Evidence() => _cards.Summary((JsonObject)JsonNode.Parse(_documentJson)!);

    /// <summary>The whole summary message the review step sends: card attachment, document in <c>value</c>, texts.</summary>
    /// <returns>The activity.</returns>
    [Benchmark]
    public Activity SummaryMessage20Evidence() => SummaryMessage.Create(_typedDocument, _cards, BotText.Default);
}
