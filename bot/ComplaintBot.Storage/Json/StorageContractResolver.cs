using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace ComplaintBot.Storage.Json;

/// <summary>
/// The contracts of stored state: enums by name, attachment content read as it was written, and
/// <see cref="PlainDataTypes">plain data</see> written by <see cref="PlainDataWriter"/>.
/// </summary>
internal sealed class StorageContractResolver : PlainAttachmentContentResolver
{
    private readonly PlainDataWriter _plainData = new();

    private StorageContractResolver(JsonSerializer newtonsoftOnly)
        : base(enumsAsNames: true) => NewtonsoftOnly = newtonsoftOnly;

    /// <summary>Gets the resolver.</summary>
    public static new StorageContractResolver Instance { get; } = new(JsonSerializer.Create(StorageJson.CreateSettings(EnumsAsNames)));

    /// <summary>Gets a serializer with the same settings that writes plain data with Newtonsoft too, for the rare
    /// value that must become a token tree (one that names an ETag).</summary>
    public JsonSerializer NewtonsoftOnly { get; }

    protected override JsonContract CreateContract(Type objectType)
    {
        var contract = base.CreateContract(objectType);
        if (contract.Converter is null && PlainDataTypes.IsPlain(objectType))
        {
            contract.Converter = _plainData;
        }

        return contract;
    }
}
