using System.Diagnostics;

namespace ComplaintBot.Bench.Servers;

/// <summary>
/// A bot host started as a separate process on a free loopback port, so its CPU time and memory can be read
/// from <c>/proc</c> apart from the load generator's. Its console output goes to a log file in its data folder.
/// </summary>
internal sealed class BotServer : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private BotServer(string name, Process process, Uri baseAddress, string dataDirectory, StreamWriter log, long startedTimestamp)
    {
        Name = name;
        DataDirectory = dataDirectory;
        _process = process;
        BaseAddress = baseAddress;
        _log = log;
        StartedTimestamp = startedTimestamp;
    }

    public string Name { get; }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    /// <summary>Gets the <see cref="Stopwatch"/> timestamp taken just before the process was started.</summary>
    public long StartedTimestamp { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>dotnet {dll} --urls http://127.0.0.1:{port}</c>.</summary>
    /// <param name="name">A short name for the table and the log file.</param>
    /// <param name="dll">The host's entry assembly.</param>
    /// <param name="dataDirectory">Folder for the log and, through <paramref name="environment"/>, the host's data.</param>
    /// <param name="environment">Extra environment variables (configuration overrides).</param>
    public static BotServer Start(string name, string dll, string dataDirectory, IReadOnlyDictionary<string, string> environment)
    {
        Directory.CreateDirectory(dataDirectory);
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var log = new StreamWriter(Path.Combine(dataDirectory, name + ".log")) { AutoFlush = true };
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");

        // Drained continuously: a full pipe would block the server's logging and with it the turns.
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotServer(name, process, baseAddress, dataDirectory, log, started);
    }

    /// <summary>Waits until <c>GET /healthz</c> answers.</summary>
    public async Task WaitUntilListeningAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}; see {Name}.log.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "healthz"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"{Name} did not answer /healthz within {timeout.TotalSeconds:F0} s.");
    }

    public ProcessStats Stats() => ProcessStats.Read(_process.Id);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // The last lines of a process being stopped.
            }
        }
    }
}
