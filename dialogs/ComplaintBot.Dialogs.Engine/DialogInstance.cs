using System.Diagnostics;
using ComplaintBot.Dialogs.Engine.State;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>One entry of a dialog stack: which dialog is running and its persisted state.</summary>
/// <remarks>
/// The state dictionary survives plain JSON (no <c>$type</c>): after a storage round trip its objects are
/// <see cref="JObject"/>s and its integers <see cref="long"/>s. Dialogs read it through
/// <see cref="GetStateValue{T}(string)"/>, which converts tolerantly and keeps the typed object so later changes
/// are saved. A nested component stack (key <c>dialogs</c>) is restored as a typed <see cref="DialogState"/>
/// during deserialization (<see cref="InstanceStateConverter"/>).
/// </remarks>
[DebuggerDisplay("{Id}")]
public sealed class DialogInstance
{
    private IDictionary<string, object?> _state = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="DialogInstance"/> class (for deserialization).</summary>
    public DialogInstance()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="DialogInstance"/> class.</summary>
    /// <param name="id">The id of the dialog this instance runs.</param>
    public DialogInstance(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>Gets or sets the id of the dialog this instance runs.</summary>
    /// <value>A dialog id registered in the owning <see cref="DialogSet"/>.</value>
    [JsonProperty("id")]
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the instance's persisted state.</summary>
    /// <value>Never null; a null read from storage becomes an empty dictionary.</value>
    [JsonProperty("state")]
    [JsonConverter(typeof(InstanceStateConverter))]
    public IDictionary<string, object?> State
    {
        get => _state;
        set => _state = value ?? new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    /// <summary>Gets or sets the stack index (kept for wire compatibility; unused by this engine).</summary>
    /// <value>Usually null.</value>
    public int? StackIndex { get; set; }

    /// <summary>Gets or sets the version hash a container stored when it began.</summary>
    /// <value>The container's internal version, or null.</value>
    public string? Version { get; set; }

    /// <summary>
    /// Reads a state value converted to <typeparamref name="T"/>, accepting the shapes plain JSON produces
    /// (<see cref="JObject"/>, long/int/double/string numbers). A converted object replaces the raw JSON so
    /// changes to it are persisted.
    /// </summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <param name="key">The state key.</param>
    /// <returns>The value, or <c>default</c> when absent or not convertible.</returns>
    public T? GetStateValue<T>(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!State.TryGetValue(key, out var raw) || raw is null)
        {
            return default;
        }

        if (raw is T typed)
        {
            return typed;
        }

        if (!StateJson.TryConvert<T>(raw, out var converted))
        {
            return default;
        }

        if (raw is JContainer && converted is not null && !typeof(T).IsValueType)
        {
            State[key] = converted;
        }

        return converted;
    }
}
