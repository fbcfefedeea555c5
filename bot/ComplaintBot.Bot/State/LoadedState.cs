using ComplaintBot.Storage;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.State;

/// <summary>One scope's state as a turn holds it: its properties, and what was stored when the turn read it.</summary>
/// <param name="owner">The turn state collection of the run that read it.</param>
/// <param name="stored">The stored text and ETag, or null when nothing was stored.</param>
/// <param name="values">The properties read from <paramref name="stored"/>.</param>
internal sealed class LoadedState(TurnContextStateCollection owner, StoredJson? stored, Dictionary<string, object?> values)
{
    /// <summary>Gets the turn state collection of the run that read the state: the only one it belongs to.</summary>
    public TurnContextStateCollection Owner { get; } = owner;

    /// <summary>Gets what was stored when the state was read, or null when it was absent.</summary>
    public StoredJson? Stored { get; } = stored;

    /// <summary>Gets the properties. Values are live: a change made to an object read from here is saved.</summary>
    public Dictionary<string, object?> Values { get; } = values;

    /// <summary>Gets or sets a value indicating whether an accessor has handed out, set or deleted a property since
    /// the state was read or last saved; an untouched state cannot have changed.</summary>
    public bool Touched { get; set; }
}
