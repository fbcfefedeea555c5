using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace ComplaintBot.Bot.Turns;

/// <summary>
/// A bot state dictionary dressed as an <see cref="IStoreItem"/>, so the storage provider writes it only when the
/// stored ETag is still the one the turn read, or, with <see cref="ComplaintBot.Storage.StorageETags.CreateOnly"/>,
/// only when nothing is stored yet. Serializes as the dictionary itself: stored state keeps its shape.
/// </summary>
internal sealed class StateDocument(IDictionary<string, object> values, string? eTag) : IStoreItem
{
    /// <summary>Gets the state's properties, written at the top level of the stored JSON.</summary>
    [JsonExtensionData]
    public IDictionary<string, object> Values { get; } = values;

    /// <inheritdoc />
    [JsonIgnore]
    public string? ETag { get; set; } = eTag;
}
