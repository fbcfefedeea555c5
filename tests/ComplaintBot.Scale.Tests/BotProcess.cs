using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ComplaintBot.Scale.Tests;

/// <summary>
/// The real bot, started as its own process (<c>dotnet ComplaintBot.Bot.dll --urls http://127.0.0.1:port</c>)
/// from the bot project's build output, with settings passed as environment variables like a deployment would.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(120);

    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private BotProcess(string name, int port, IReadOnlyDictionary<string, string> environment)
    {
        Name = name;
        Port = port;
        _environment = environment;
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");

    /// <summary>Gets every line the process wrote (console logging).</summary>
    public IReadOnlyCollection<string> Output => _output;

    /// <summary>Lines of the console logger's error and critical entries.</summary>
    public IEnumerable<string> ErrorLines => _output.Where(line => line.StartsWith("fail:", StringComparison.Ordinal) || line.StartsWith("crit:", StringComparison.Ordinal));

    public static async Task<BotProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        var bot = new BotProcess(name, port ?? FreeLoopbackPort(), environment);
        await bot.RunAsync();
        return bot;
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        using (process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    /// <summary>Starts the process again on the same port with the same settings.</summary>
    public Task RestartAsync() => _process is null ? RunAsync() : throw new InvalidOperationException("Still running.");

    public async ValueTask DisposeAsync() => await KillAsync();

    private static string BotDll()
    {
        // The test binaries live in tests/ComplaintBot.Scale.Tests/bin/<Configuration>/net10.0; the bot in bot/ComplaintBot.Bot/bin/<Configuration>/net10.0.
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var directory = testOutput; directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "bot", "ComplaintBot.Bot", "bin", configuration, framework, "ComplaintBot.Bot.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"ComplaintBot.Bot.dll ({configuration}/{framework}) was not found above {testOutput.FullName}; build the bot first.");
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task RunAsync()
    {
        var dll = BotDll();
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        startInfo.ArgumentList.Add(dll);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["Logging__Console__FormatterName"] = "simple";
        startInfo.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        foreach (var (key, value) in _environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var ready = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (ready.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (process.HasExited || deadline.Elapsed > StartupTimeout)
            {
                throw new InvalidOperationException($"Bot {Name} did not become ready on port {Port} (exited: {process.HasExited}). Output:{Environment.NewLine}{string.Join(Environment.NewLine, _output.TakeLast(40))}");
            }

            await Task.Delay(200);
        }
    }

    private void Remember(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }
}
