using BenchmarkDotNet.Attributes;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Storage.Sqlite;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bench.Micro.Benchmarks;

/// <summary>
/// SQLite conversation state of a full draft (a real state row at the summary: dialog stack, interview state,
/// draft with two evidence items): read at the start of a turn, its dialog stack made typed as bot state does it,
/// written back at its end with its ETag.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: the storage is disposed in the global cleanup.
public class StateStorageBenchmarks
{
    private const string Key = "emulator/conversations/bench-state";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "complaintbot-micro-" + Guid.NewGuid().ToString("N")[..8]);
    private SqliteStorage _storage = null!;
    private JObject _state = null!;

    /// <summary>Creates the database with the row in it.</summary>
    /// <returns>A task.</returns>
    [GlobalSetup]
    public async Task SetupAsync()
    {
        _storage = new SqliteStorage(new SqliteStorageOptions { DatabasePath = Path.Combine(_folder, "state.db") }, TimeProvider.System);
        _state = JObject.Parse(SampleResources.Read("full-draft-state.json"));
        await _storage.WriteAsync(new Dictionary<string, object> { [Key] = _state.DeepClone() });
    }

    /// <summary>Deletes the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _storage.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Reads the row (start of a turn).</summary>
    /// <returns>The items read.</returns>
    [Benchmark]
    public Task<IDictionary<string, object>> Read() => _storage.ReadAsync([Key]);

    /// <summary>Turns the stored dialog stack (two stacks nested in it) into a typed one, as bot state does when the turn's dialogs start.</summary>
    /// <returns>The stack.</returns>
    [Benchmark]
    public DialogState? ReadDialogStack() => _state["DialogState"]!.ToObject<DialogState>();

    /// <summary>Writes the row unconditionally.</summary>
    /// <returns>A task.</returns>
    [Benchmark]
    public Task Write() => _storage.WriteAsync(new Dictionary<string, object> { [Key] = _state });

    /// <summary>A turn's storage work: read, then write back under the ETag read.</summary>
    /// <returns>A task.</returns>
    [Benchmark]
    public async Task ReadThenConditionalWrite()
    {
        var items = await _storage.ReadAsync([Key]);
        await _storage.WriteAsync(new Dictionary<string, object> { [Key] = items[Key] });
    }
}
#pragma warning restore CA1001
