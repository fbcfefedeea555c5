using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace ComplaintBot.Dialogs.Engine.State;

/// <summary>
/// A persisted scratch pad (waterfall <c>Values</c>, prompt state) that only holds JSON-friendly values.
/// </summary>
/// <remarks>
/// Every value is stored the way plain-JSON storage returns it (strings, booleans, <see cref="long"/>,
/// <see cref="double"/>, or <c>JObject</c>/<c>JArray</c>), both in the turn that wrote it and after a restart.
/// Read typed values back with <see cref="GetValue{T}(string)"/> or <see cref="TryGetValue{T}(string, out T)"/>.
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named after WaterfallStepContext.Values, which it backs.")]
public sealed class DialogValues : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ICollection<string> Keys => _values.Keys;

    /// <inheritdoc />
    public ICollection<object?> Values => _values.Values;

    /// <inheritdoc />
    public int Count => _values.Count;

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <summary>Gets or sets a value; a set value is normalized to its JSON form.</summary>
    /// <param name="key">The key.</param>
    public object? this[string key]
    {
        get => _values[key];
        set => _values[key] = StateJson.Normalize(value);
    }

    /// <summary>Reads a value converted to <typeparamref name="T"/>, or the default when absent or not convertible.</summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <param name="key">The key.</param>
    /// <returns>The converted value or <c>default</c>.</returns>
    public T? GetValue<T>(string key) => TryGetValue<T>(key, out var value) ? value : default;

    /// <summary>Reads a value converted to <typeparamref name="T"/>; numbers are accepted as long, int, double or string.</summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <param name="key">The key.</param>
    /// <param name="value">The converted value.</param>
    /// <returns>True when the key exists and converts.</returns>
    public bool TryGetValue<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        value = default;
        return _values.TryGetValue(key, out var raw) && StateJson.TryConvert(raw, out value);
    }

    /// <inheritdoc />
    public void Add(string key, object? value) => _values.Add(key, StateJson.Normalize(value));

    /// <inheritdoc />
    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    /// <inheritdoc />
    public void Clear() => _values.Clear();

    /// <inheritdoc />
    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_values).Contains(item);

    /// <inheritdoc />
    public bool ContainsKey(string key) => _values.ContainsKey(key);

    /// <inheritdoc />
    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) => ((ICollection<KeyValuePair<string, object?>>)_values).CopyTo(array, arrayIndex);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    /// <inheritdoc />
    public bool Remove(string key) => _values.Remove(key);

    /// <inheritdoc />
    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_values).Remove(item);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _values.TryGetValue(key, out value);

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
