using Microsoft.Bot.Builder;

namespace ComplaintBot.Storage;

/// <summary>
/// A value already in its stored form: JSON made by <see cref="StorageJson.Serialize"/>, which every provider of
/// this library writes as it is instead of serializing again. Lets a caller that needs the stored text (to
/// recognise it when it reads it back) serialize once.
/// </summary>
/// <param name="json">The value's JSON, as <see cref="StorageJson.Serialize"/> made it.</param>
/// <param name="eTag">The write's condition, as for any <see cref="IStoreItem"/>.</param>
public sealed class SerializedStoreItem(string json, string? eTag) : IStoreItem
{
    /// <summary>Gets the value's stored JSON.</summary>
    public string Json { get; } = json ?? throw new ArgumentNullException(nameof(json));

    /// <inheritdoc />
    public string? ETag { get; set; } = eTag;

    /// <summary>Gets the ETag the value was stored with, once a provider of this library has written it.</summary>
    /// <value>Null until then. Lets the writer carry on from the version it wrote without reading it back.</value>
    public string? WrittenETag { get; internal set; }
}
