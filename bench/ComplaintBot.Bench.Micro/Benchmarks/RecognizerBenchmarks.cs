using BenchmarkDotNet.Attributes;
using ComplaintBot.Dialogs.Engine.Recognition;
using Microsoft.Recognizers.Text;

namespace ComplaintBot.Bench.Micro.Benchmarks;

/// <summary>
/// One call of each Microsoft.Recognizers.Text model the interview uses, per culture, on a typical answer. The
/// models are built and warmed in the global setup, as the host does at startup: this is the warm cost per turn.
/// </summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private static readonly DateTime ReferenceTime = new(2026, 11, 27, 10, 0, 0, DateTimeKind.Unspecified);

    /// <summary>Gets or sets the culture of the models and of the texts.</summary>
    [Params("zh-CN", "en-US")]
    public string Culture { get; set; } = "zh-CN";

    private bool Chinese => Culture == "zh-CN";

    /// <summary>Builds and warms every model once (half a second per culture when cold).</summary>
    [GlobalSetup]
    public void Setup() => RecognizerModels.WarmUp();

    /// <summary>The number model on a spelled-out number.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public List<ModelResult> Number() => RecognizerModels.GetNumberModel(Culture).Parse(Chinese ? "一共两千五百三十块" : "twenty five hundred and thirty");

    /// <summary>The currency model on an amount paid.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public List<ModelResult> Currency() => RecognizerModels.GetCurrencyModel(Culture).Parse(Chinese ? "实付129.9元" : "I paid 129.90 yuan");

    /// <summary>The date-time model on a relative purchase date.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public IReadOnlyList<ModelResult> DateTime() => RecognizerModels.ParseDateTime(Chinese ? "上周三买的" : "bought it last Wednesday", ReferenceTime, Culture);

    /// <summary>The ordinal model on a choice ("the second one").</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public List<ModelResult> Ordinal() => RecognizerModels.GetOrdinalModel(Culture).Parse(Chinese ? "第二个" : "the second one");
}
