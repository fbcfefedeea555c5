using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using ComplaintBot.Bot.Turns;
using ComplaintBot.Storage;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.State;

/// <summary>
/// The state of one scope (a conversation, a user) for the turns that use it: read once per turn straight into
/// typed properties, written once per turn in one serialization, behind the SDK's own property accessors.
/// </summary>
/// <remarks>
/// <para>The SDK's <see cref="BotState"/> parses stored state into a token tree, serializes all of it again to
/// remember what it loaded, converts a property into its type whenever an accessor asks, and serializes everything
/// once more at the end to find out whether anything changed. Here the stored text is read directly into each
/// property's type (<see cref="StateDocumentReader"/>), nothing is serialized on load, and "did anything change?"
/// costs nothing when no accessor touched the state, and one serialization compared with the stored text when one
/// did. A forced save skips even that.</para>
/// <para>The types are learned from what the bot saves: the bot puts back the typed object it read (the SDK's
/// accessors convert stored JSON into a new object on every read), so after a property's first save this store
/// knows its type. Until then, or if stored JSON no longer fits the type, the property is read as JSON and the
/// accessor converts it, as the SDK always does.</para>
/// <para>Its accessors (<see cref="CreateProperty{T}"/>) have the SDK's semantics and read the turn's state
/// directly; the SDK's own accessors keep working too, because the state is also where they look for it (the turn's
/// <see cref="BotState.CachedBotState"/>), as a dictionary of typed objects that they hand out as they are. Every
/// accessor call loads the state first, which is how the store learns that the state was touched. A turn's state is
/// cached with the turn's own state collection, so a rerun on a fresh context reads fresh state.</para>
/// <para>Commits go through <see cref="ConcurrencyCheckedStorage"/>: only over the version read, create-only when it
/// was absent, and a state left empty is deleted in the version read.</para>
/// <para>When the store keeps state warm (conversation state), the objects a turn committed are kept, with the
/// text they were written as, for the scope's next turn (<see cref="WarmStates"/>): when that turn reads exactly
/// that text back, it takes over the objects instead of reading the text into new ones, which was the largest part
/// of loading state. The text still comes from storage every turn, so state written meanwhile by another instance
/// (or anything else) is read as usual. A turn takes the objects for itself; one that fails or loses a conflict
/// drops them, and its rerun reads from storage. Turns of one conversation run one at a time
/// (<see cref="ConversationTurnGate"/>), and nothing holds on to a committed turn's objects once its turn is over.</para>
/// <para>With <see cref="CommittedStateReuse.InsteadOfRead"/> the next turn does not even read: it starts from the
/// objects and the version this instance committed. Nothing is lost if someone else wrote meanwhile, because the
/// turn's commit is conditional on that version: it fails, and the turn runs again from what storage holds (the
/// rerun finds nothing kept and reads).</para>
/// </remarks>
public sealed class TypedStateStore
{
    private readonly ConcurrencyCheckedStorage _storage;
    private readonly string _cacheKey;
    private readonly Func<ITurnContext, string> _keyOf;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Type> _types = new(StringComparer.Ordinal);
    private readonly string _turnStateKey;
    private readonly WarmStates? _warm;
    private readonly bool _skipRead;

    /// <summary>Initializes a new instance of the <see cref="TypedStateStore"/> class.</summary>
    /// <param name="storage">The storage the scope's state lives in.</param>
    /// <param name="cacheKey">Where the SDK's accessors look for the scope's state in the turn state: the SDK's own key for it.</param>
    /// <param name="turnStateKey">Where this store keeps the turn's state in the turn state. Short: the SDK's
    /// turn-state collection hashes its keys with culture-aware collation, which costs by the character.</param>
    /// <param name="keyOf">The scope's storage key for a turn.</param>
    /// <param name="logger">Told when stored JSON no longer fits a learned type.</param>
    /// <param name="reuse">What the scope's next turn does with the objects a turn committed: worth keeping for a scope
    /// read on every turn (a conversation), not for one read now and then (a user, whose history a finished interview
    /// writes once and who may never come back).</param>
    public TypedStateStore(ConcurrencyCheckedStorage storage, string cacheKey, string turnStateKey, Func<ITurnContext, string> keyOf, ILogger logger, CommittedStateReuse reuse)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentException.ThrowIfNullOrEmpty(cacheKey);
        ArgumentException.ThrowIfNullOrEmpty(turnStateKey);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(logger);
        _storage = storage;
        _cacheKey = cacheKey;
        _turnStateKey = turnStateKey;
        _keyOf = keyOf;
        _logger = logger;
        _warm = reuse == CommittedStateReuse.None ? null : new WarmStates();
        _skipRead = reuse == CommittedStateReuse.InsteadOfRead;
    }

    /// <summary>Reads the scope's state for the turn, unless it has been read already and <paramref name="force"/> is false.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="force">Whether to read again even when already read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task.</returns>
    public async Task LoadAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && TryGetLoaded(turnContext, out var current))
        {
            // Every accessor loads before it reads, sets or deletes: this is how a touch is noticed.
            current.Touched = true;
            return;
        }

        var key = _keyOf(turnContext);
        StoredJson? stored;
        Dictionary<string, object?> values;
        if (_skipRead && _warm!.TakeCommitted(key) is { } committed)
        {
            (stored, values) = committed;
        }
        else
        {
            stored = await _storage.ReadJsonAsync(key, cancellationToken).ConfigureAwait(false);
            values = stored is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : _warm?.Take(key, stored.Json) ?? Read(stored.Json);
        }

        var state = new LoadedState(turnContext.TurnState, stored, values)
        {
            // Only an accessor loads without forcing, and it is about to use the state.
            Touched = !force,
        };
        turnContext.TurnState[_turnStateKey] = state;

        // Built empty (its constructor serializes what it is given), then handed the typed properties.
        turnContext.TurnState[_cacheKey] = new BotState.CachedBotState(new Dictionary<string, object>()) { State = state.Values! };
    }

    /// <summary>Creates an accessor for one property of this state (see <see cref="TypedStatePropertyAccessor{T}"/>).</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="name">The property's name.</param>
    /// <returns>The accessor.</returns>
    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new TypedStatePropertyAccessor<T>(this, name);
    }

    /// <summary>The turn's state for an accessor: read now if it has not been, and marked as touched.</summary>
    internal async ValueTask<Dictionary<string, object?>> AccessAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (!TryGetLoaded(turnContext, out var state))
        {
            await LoadAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
            state = TryGetLoaded(turnContext, out var loaded) ? loaded : throw new InvalidOperationException("The state was not loaded.");
        }

        // Every accessor loads before it reads, sets or deletes: this is how a touch is noticed.
        state.Touched = true;
        return state.Values;
    }

    /// <summary>Gets the state read for the turn, or null when it has not been read.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <returns>The properties, live.</returns>
    public IReadOnlyDictionary<string, object?>? Loaded(ITurnContext turnContext) =>
        TryGetLoaded(turnContext, out var state) ? state.Values : null;

    /// <summary>Commits the turn's state if it changed, or always when <paramref name="force"/> is true.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="force">Whether to write without checking for changes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    /// <exception cref="StorageConcurrencyException">Someone else changed or created the state since it was read.</exception>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        string? serialized = null;
        if (!TryGetLoaded(turnContext, out var state) || !(force || (state.Touched && HasChanged(state, out serialized))))
        {
            return;
        }

        var key = _keyOf(turnContext);
        var written = await _storage.CommitAsync(key, state.Values!, state.Stored?.ETag, serialized, cancellationToken).ConfigureAwait(false);
        state.Touched = false;
        LearnTypes(state.Values);
        _warm?.Keep(key, written, state.Values);
    }

    /// <summary>Empties the turn's state; the next save deletes it from storage.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <returns>A completed task.</returns>
    public Task ClearAsync(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (TryGetLoaded(turnContext, out var state))
        {
            state.Values.Clear();
            state.Touched = true;
        }

        return Task.CompletedTask;
    }

    /// <summary>Forgets the turn's state and deletes it from storage at once.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task.</returns>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var key = _keyOf(turnContext);
        turnContext.TurnState.Remove(_turnStateKey);
        turnContext.TurnState.Remove(_cacheKey);
        _warm?.Forget(key);
        await _storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
    }

    // In the turn's own state collection, not by context: handlers see the turn through wrapper contexts
    // (ActivityHandler's typed ones) that share the collection, while every run of a turn gets a new one, into
    // which the turn's entries are copied; a state loaded for another collection is not this run's. Not in a
    // ConditionalWeakTable: its entries are dependent handles, with which a gen-0 collection took 4.6 instead of 2.7 ms.
    private bool TryGetLoaded(ITurnContext turnContext, [NotNullWhen(true)] out LoadedState? state)
    {
        state = turnContext.TurnState.TryGetValue(_turnStateKey, out var value) && value is LoadedState loaded
            && ReferenceEquals(loaded.Owner, turnContext.TurnState) ? loaded : null;
        return state is not null;
    }

    /// <summary>Whether the state differs from what was stored: the text it would be written as, compared. That text
    /// is handed on to the commit, which would otherwise serialize the state a second time.</summary>
    private static bool HasChanged(LoadedState state, out string? serialized)
    {
        serialized = null;
        if (state.Stored is null)
        {
            return state.Values.Count > 0;
        }

        serialized = StorageJson.Serialize(new StateDocument(state.Values!, eTag: null));
        return !string.Equals(serialized, state.Stored.Json, StringComparison.Ordinal);
    }

    private Dictionary<string, object?> Read(string json)
    {
        try
        {
            return StateDocumentReader.Read(json, _types, JsonSerializer.CreateDefault());
        }
        catch (JsonException ex) when (!_types.IsEmpty)
        {
            // Stored by another version of the bot, perhaps: read it as JSON and let the accessors convert what they
            // can, as the SDK would; the types are learned again from the next save.
            StateStoreLog.StoredStateDoesNotFitLearnedTypes(_logger, ex.GetType().Name);
            _types.Clear();
            return StateDocumentReader.Read(json, _types, JsonSerializer.CreateDefault());
        }
    }

    private void LearnTypes(Dictionary<string, object?> values)
    {
        foreach (var (name, value) in values)
        {
            // Objects only: plain values read as JSON already come out as what they are (a number as long, not int,
            // which the accessor converts), and a token means nobody has typed the property yet.
            if (value is not null and not JToken and not string && !value.GetType().IsValueType)
            {
                _types[name] = value.GetType();
            }
        }
    }
}
