using System.Diagnostics;
using System.Globalization;
using ComplaintBot.Bench.Phases;
using ComplaintBot.Bench.Report;

// Usage: ComplaintBot.Bench [all|quick|micro] [--option value ...]; see BenchSettings for the options.
// The table goes to standard output; progress goes to standard error.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var mode = args.Length > 0 ? args[0] : "quick";
var options = args.Skip(1).ToList();

if (!OperatingSystem.IsLinux())
{
    Console.Error.WriteLine("The load benchmark reads server CPU and memory from /proc and runs on Linux only.");
    return 2;
}

await using var env = await BenchEnvironment.CreateAsync();
void Progress(string message) => Console.Error.WriteLine($"[{env.Clock.GetUtcNow():HH:mm:ss}] {message}");

if (mode == "micro")
{
    Console.Out.Write(await MicroBenchmarks.RunAsync(env, options));
    return 0;
}

var settings = (mode switch
{
    "all" => BenchSettings.All,
    "quick" => BenchSettings.Quick,
    _ => throw new ArgumentException($"Unknown command '{mode}': use all, quick or micro."),
}).With(options);

var report = new BenchReport { Settings = settings };
var clock = Stopwatch.StartNew();
report.LoadAverages.Add(MachineLoad.OneMinute());

// Cold start first, on a machine the benchmark itself has not just loaded (BenchmarkDotNet's processes
// take a while to wind down, and a start-up measured right after them measures them too).
Progress($"first reply after process start, {settings.FirstReplyStarts} start(s)…");
report.FirstReply = await FirstReplyProbe.RunAsync(env, settings.FirstReplyStarts, echo: false);
report.EchoFirstReply = await FirstReplyProbe.RunAsync(env, 1, echo: true);

if (settings.Micro)
{
    Progress("micro-benchmarks (BenchmarkDotNet, short job)…");
    report.Micro = await MicroBenchmarks.RunAsync(env, []);
    report.LoadAverages.Add(MachineLoad.OneMinute());
}

using (var echo = env.StartEchoBot("echo"))
using (var bot = env.StartComplaintBot("interview"))
{
    await echo.WaitUntilListeningAsync(env.Http, TimeSpan.FromSeconds(30));
    await bot.WaitUntilListeningAsync(env.Http, TimeSpan.FromSeconds(30));
    Progress($"load: C = {string.Join(", ", settings.Concurrency)}, {settings.Rounds} round(s) of {settings.RunDuration.TotalSeconds:F0} s per bot…");
    report.Rows = await LoadComparison.RunAsync(env, settings, echo, bot, Progress);
    report.LoadAverages.Add(MachineLoad.OneMinute());

    Progress("state size at the summary…");
    report.State = await StateProbe.RunAsync(env, bot, settings.StateSamples, settings.Seed + 3);

    Progress($"memory: {settings.SoakSettle.TotalSeconds:F0} s to settle, then up to {settings.SoakInterviews} interviews or {settings.SoakDuration.TotalSeconds:F0} s (interview host pid {bot.ProcessId}, echo pid {echo.ProcessId})…");
    report.Soak = await SoakRun.RunAsync(env, settings, bot);
    report.LoadAverages.Add(MachineLoad.OneMinute());
}

report.Elapsed = clock.Elapsed;
report.GeneratorCpu = Process.GetCurrentProcess().TotalProcessorTime;
Console.Out.Write(report.ToMarkdown());
return 0;
