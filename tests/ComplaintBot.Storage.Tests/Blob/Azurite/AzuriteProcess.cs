using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ComplaintBot.Storage.Tests.Blob.Azurite;

/// <summary>One Azurite blob service on a free loopback port, with its data in a temporary directory.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's account.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>Azurite's published development key (the same for every installation; not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    // Starting Node and Azurite on a busy two-core machine can take a while; this is a startup deadline, not a test.
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(15);

    private readonly string _executable;
    private readonly ConcurrentQueue<string> _output = new();
    private Process? _process;

    private AzuriteProcess(string executable, string location, int port)
    {
        _executable = executable;
        Location = location;
        Port = port;
    }

    /// <summary>Gets the port Azurite listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Gets the directory holding Azurite's data; it survives <see cref="StopAsync"/>.</summary>
    public string Location { get; }

    /// <summary>Gets the connection string of the emulated account.</summary>
    public string ConnectionString => ConnectionStringWithKey(AccountKey);

    /// <summary>Builds a connection string to this Azurite with another key, for authentication failures.</summary>
    public string ConnectionStringWithKey(string accountKey) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={accountKey};BlobEndpoint=http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/{AccountName};";

    /// <summary>Finds Azurite and starts it on a free port with an empty data directory.</summary>
    public static async Task<AzuriteProcess> StartAsync()
    {
        var executable = AzuriteLocator.Find();
        var location = Path.Combine(Path.GetTempPath(), "complaintbot-azurite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(location);

        // Another process may take the port between our probe and Azurite's bind; a new port then does it.
        for (var attempt = 1; ; attempt++)
        {
            var azurite = new AzuriteProcess(executable, location, FreeLoopbackPort());
            try
            {
                await azurite.RunAsync();
                return azurite;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await azurite.StopAsync();
            }
            catch
            {
                await azurite.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Stops Azurite gracefully, so it saves its data; the data directory stays.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        using (process)
        {
            if (!process.HasExited)
            {
                SignalTerminate(process);
                using var timeout = new CancellationTokenSource(StopTimeout);
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                }
            }
        }
    }

    /// <summary>Starts Azurite again on the same port over the same data.</summary>
    public Task RestartAsync() => _process is null ? RunAsync() : throw new InvalidOperationException("Azurite is still running.");

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(Location))
        {
            Directory.Delete(Location, recursive: true);
        }
    }

    private async Task RunAsync()
    {
        var startInfo = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(CultureInfo.InvariantCulture), "--location", Location,
            "--skipApiVersionCheck", "--disableTelemetry", "--silent",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Remember(e.Data);
        process.ErrorDataReceived += (_, e) => Remember(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        var deadline = Stopwatch.StartNew();
        while (!await AnswersAsync())
        {
            if (process.HasExited || deadline.Elapsed > StartupTimeout)
            {
                throw new InvalidOperationException(
                    $"Azurite '{_executable}' did not start listening on 127.0.0.1:{Port} (exited: {process.HasExited}). Its output:{Environment.NewLine}{string.Join(Environment.NewLine, _output)}");
            }

            await Task.Delay(100);
        }
    }

    private async Task<bool> AnswersAsync()
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private void Remember(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        while (_output.Count > 50)
        {
            _output.TryDequeue(out _);
        }
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    // SIGTERM lets Azurite flush its metadata database; Process.Kill would be SIGKILL and could lose the last writes.
    private static void SignalTerminate(Process process)
    {
        if (OperatingSystem.IsWindows())
        {
            process.Kill(entireProcessTree: true);
            return;
        }

        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
        kill?.WaitForExit();
    }
}
