using Newtonsoft.Json;

namespace ComplaintBot.Storage.Json;

/// <summary>Serializes with Newtonsoft into a <see cref="TextWriter"/>, renting the JSON writer's buffers.</summary>
public static class PooledJson
{
    /// <summary>
    /// Writes <paramref name="value"/> as JSON: the same text <see cref="JsonSerializer.Serialize(TextWriter, object)"/>
    /// writes, with the JSON writer's working buffers rented from <see cref="JsonCharArrayPool"/> and returned
    /// before this method returns (also when it throws). <paramref name="output"/> stays open.
    /// </summary>
    /// <param name="serializer">The serializer, with its settings.</param>
    /// <param name="output">Where the text goes.</param>
    /// <param name="value">The value.</param>
    public static void Serialize(JsonSerializer serializer, TextWriter output, object? value)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        ArgumentNullException.ThrowIfNull(output);

        // Closing the JSON writer is what hands its buffers back; the caller owns the output and a failed value is
        // thrown away, so neither closing the output nor completing open brackets is wanted.
        using var json = new JsonTextWriter(output) { ArrayPool = JsonCharArrayPool.Instance, CloseOutput = false, AutoCompleteOnClose = false };
        serializer.Serialize(json, value);
    }
}
