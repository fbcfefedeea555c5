using BenchmarkDotNet.Attributes;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Documents;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Domain.Review;
using ComplaintBot.Domain.Writing;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Bench.Micro.Benchmarks;

/// <summary>The review and the complaint text of a complete draft, and the whole complaint document built from them.</summary>
[MemoryDiagnoser]
public class ComplaintWritingBenchmarks
{
    private readonly ComplaintReviewer _reviewer = new();
    private readonly ComplaintWriter _writer = new();
    private ComplaintDocumentBuilder _builder = null!;
    private ComplaintDraft _draft = null!;

    /// <summary>Gets or sets the user's language (en-US users get an English text besides the Chinese one).</summary>
    [Params(ComplaintLocale.ZhCn, ComplaintLocale.EnUs)]
    public ComplaintLocale Locale { get; set; }

    /// <summary>Builds the draft.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _builder = new ComplaintDocumentBuilder(new FakeTimeProvider(SampleDrafts.Now));
        _draft = SampleDrafts.Full(evidenceItems: 2, Locale);
    }

    /// <summary>Review then write, as the summary step does.</summary>
    /// <returns>The text.</returns>
    [Benchmark]
    public ComplaintText ReviewAndWrite() => _writer.Write(_draft, _reviewer.Review(_draft, SampleDrafts.Today), SampleDrafts.Today);

    /// <summary>The complete document: review, texts, next steps and mapping.</summary>
    /// <returns>The document.</returns>
    [Benchmark]
    public ComplaintDocument BuildDocument() => _builder.Build(_draft);
}
