using ComplaintBot.Storage.Json;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace ComplaintBot.Storage;

/// <summary>
/// The one JSON shape every storage provider writes: plain JSON, no <c>$type</c> annotations, so stored state
/// can never instantiate an arbitrary CLR type and every provider behaves like the others.
/// </summary>
public static class StorageJson
{
    /// <summary>The property under which a provider reports the stored ETag of an <see cref="Microsoft.Bot.Builder.IStoreItem"/>.</summary>
    public const string ETagProperty = "eTag";

    /// <summary>Gets the serializer settings shared by all providers.</summary>
    /// <value>Type names off, nulls omitted, depth capped so hostile state cannot blow the stack.</value>
    public static JsonSerializerSettings Settings { get; } = CreateSettings(StorageContractResolver.Instance);

    private const string QuotedETagProperty = "\"" + ETagProperty + "\"";

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>The shared settings with a given contract resolver.</summary>
    /// <param name="contracts">Enums by name, and possibly plain data written by System.Text.Json.</param>
    /// <returns>New settings.</returns>
    internal static JsonSerializerSettings CreateSettings(IContractResolver contracts) => new()
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        // A loop is the same object met again inside itself. By default each object is compared with every one it
        // is nested in through Equals, which for records compares their whole contents, at every level, on every save.
        EqualityComparer = ReferenceEqualityComparer.Instance,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 128,
        // Enums as their names: a stored value then survives members being added or reordered.
        ContractResolver = contracts,
    };

    /// <summary>
    /// Whether values of a type are plain data, which System.Text.Json writes faster than Newtonsoft.Json and alike
    /// (see <see cref="PlainDataTypes"/>); other values are written by Newtonsoft.Json. Both are read by Newtonsoft.Json.
    /// </summary>
    /// <param name="type">The type.</param>
    /// <returns>True when the type is plain data.</returns>
    public static bool IsPlainData(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return PlainDataTypes.IsPlain(type);
    }

    /// <summary>Turns a value into its stored JSON form, without a top-level ETag property in any casing; a
    /// <see cref="SerializedStoreItem"/> is that form already.</summary>
    /// <param name="value">The value to store.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is SerializedStoreItem serialized)
        {
            return serialized.Json;
        }

        // Straight to text first: building a token tree only to print it costs twice the time and memory. Only a
        // text that mentions an ETag anywhere may need one removed, and only then is the tree built. The text is
        // written into rented buffers (every save serializes a whole state), so the one string kept is the result.
        using (var direct = new PooledStringWriter())
        {
            PooledJson.Serialize(Serializer, direct, value);
            if (!direct.WrittenSpan.Contains(QuotedETagProperty, StringComparison.OrdinalIgnoreCase))
            {
                return direct.ToString();
            }
        }

        // As a tree throughout: a part written as raw text would be out of reach.
        var token = JToken.FromObject(value, StorageContractResolver.Instance.NewtonsoftOnly);
        if (token is JObject obj)
        {
            // An IStoreItem usually serializes its ETag as "ETag"; a stored copy of it would go stale with the
            // next write, so every spelling goes and the provider adds the current one back on read.
            foreach (var stale in obj.Properties().Where(p => string.Equals(p.Name, ETagProperty, StringComparison.OrdinalIgnoreCase)).ToList())
            {
                stale.Remove();
            }
        }

        return token.ToString(Formatting.None);
    }

    /// <summary>Reads stored JSON back as a <see cref="JToken"/>, adding the ETag when there is one.</summary>
    /// <param name="json">The stored JSON text.</param>
    /// <param name="eTag">The stored ETag, or null.</param>
    /// <returns>A fresh token: callers may mutate it without touching the stored copy.</returns>
    public static JToken Deserialize(string json, string? eTag)
    {
        ArgumentNullException.ThrowIfNull(json);
        // The reader's character buffer is rented: every turn reads its state through here.
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = Settings.MaxDepth, ArrayPool = JsonCharArrayPool.Instance };
        var token = JToken.ReadFrom(reader);
        if (eTag is not null && token is JObject obj)
        {
            obj[ETagProperty] = eTag;
        }

        return token;
    }
}
