using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ComplaintBot.Teams.Packager.Icons;

/// <summary>
/// Writes 8-bit RGBA PNG files with nothing but the base library: signature, IHDR, one zlib IDAT, IEND.
/// System.Drawing is Windows-only on .NET, and an image package would be a dependency for two small icons.
/// </summary>
internal static class PngEncoder
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes an image.</summary>
    /// <param name="image">The pixels.</param>
    /// <returns>The PNG file bytes.</returns>
    public static byte[] Encode(IconCanvas image)
    {
        ArgumentNullException.ThrowIfNull(image);
        using var file = new MemoryStream();
        file.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, image.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], image.Height);
        header[8] = 8;  // bits per channel
        header[9] = 6;  // colour type: RGBA
        header[10] = 0; // deflate
        header[11] = 0; // adaptive filtering
        header[12] = 0; // no interlace
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", Compress(image));
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    private static byte[] Compress(IconCanvas image)
    {
        var stride = image.Width * 4;
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var pixels = image.Pixels.Span;
            for (var y = 0; y < image.Height; y++)
            {
                // Filter type 0 (none) on every row: the icons are tiny, and unfiltered rows keep the encoder trivially correct.
                zlib.WriteByte(0);
                zlib.Write(pixels.Slice(y * stride, stride));
            }
        }

        return compressed.ToArray();
    }

    private static void WriteChunk(Stream file, string type, ReadOnlySpan<byte> data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);

        var typeBytes = Encoding.ASCII.GetBytes(type);
        file.Write(typeBytes);
        file.Write(data);

        var crc = Crc32.Append(uint.MaxValue, typeBytes);
        crc = Crc32.Append(crc, data) ^ uint.MaxValue;
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        file.Write(crcBytes);
    }
}
