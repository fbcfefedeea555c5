using Newtonsoft.Json;

namespace ComplaintBot.Bot.Adapter;

/// <summary>An inbound activity's field holds a JSON value of the wrong kind (see <see cref="InboundActivityContractResolver"/>).</summary>
/// <param name="field">The field's JSON name.</param>
internal sealed class MistypedFieldException(string field) : JsonException($"The field '{field}' is not a JSON string.")
{
    /// <summary>Gets the field's JSON name.</summary>
    public string Field { get; } = field;
}
