using System.Buffers;
using Newtonsoft.Json;

namespace ComplaintBot.Storage.Json;

/// <summary>
/// Newtonsoft's <see cref="IArrayPool{T}"/> over <see cref="ArrayPool{T}.Shared"/>, so a
/// <see cref="JsonTextWriter"/> or <see cref="JsonTextReader"/> rents its working buffers (the escape buffer, the
/// number buffer, the reader's character buffer) instead of allocating them for every instance.
/// </summary>
public sealed class JsonCharArrayPool : IArrayPool<char>
{
    private JsonCharArrayPool()
    {
    }

    /// <summary>Gets the one instance.</summary>
    public static JsonCharArrayPool Instance { get; } = new();

    /// <inheritdoc />
    public char[] Rent(int minimumLength) => ArrayPool<char>.Shared.Rent(minimumLength);

    /// <inheritdoc />
    public void Return(char[]? array)
    {
        if (array is not null)
        {
            ArrayPool<char>.Shared.Return(array);
        }
    }
}
