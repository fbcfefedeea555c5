using System.Diagnostics;

namespace ComplaintBot.Bench.Phases;

/// <summary>
/// Runs the BenchmarkDotNet project as its own process (with no server running, so nothing competes with it but
/// the machine's other work) and returns the GitHub-markdown tables it exports.
/// </summary>
internal static class MicroBenchmarks
{
    public static async Task<string> RunAsync(BenchEnvironment env, IReadOnlyList<string> extraArguments)
    {
        var artifacts = Path.Combine(env.Scratch, "micro");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(env.Layout.MicroDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(env.Layout.MicroDll);

        // BenchmarkDotNet rejects a second --filter, so the default (every benchmark) goes only where the caller chose none.
        string[] filter = extraArguments.Any(a => a is "--filter" or "-f") ? [] : ["--filter", "*"];
        foreach (var argument in (string[])[.. filter, "--artifacts", artifacts, .. extraArguments])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var log = await output + await error;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The micro-benchmarks failed ({process.ExitCode}):\n{Tail(log)}");
        }

        var results = Path.Combine(artifacts, "results");
        var tables = Directory.Exists(results)
            ? Directory.GetFiles(results, "*-report-github.md").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];
        return tables.Count == 0 ? "No micro-benchmark results.\n" + Tail(log) : Merge(tables);
    }

    // Every report opens with the same environment block in a code fence; keep it once, then the tables only.
    private static string Merge(List<string> reports)
    {
        static string AfterEnvironment(string report)
        {
            var close = report.IndexOf("```", report.IndexOf("```", StringComparison.Ordinal) + 3, StringComparison.Ordinal);
            return close < 0 ? report : report[(close + 3)..].Trim();
        }

        return reports[0].Trim() + "\n\n" + string.Join("\n\n", reports.Skip(1).Select(AfterEnvironment)) + "\n";
    }

    private static string Tail(string log) => log.Length <= 4000 ? log : log[^4000..];
}
