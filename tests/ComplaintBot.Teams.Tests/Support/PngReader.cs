using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ComplaintBot.Teams.Tests.Support;

/// <summary>
/// An independent, strict PNG decoder for 8-bit RGB/RGBA images: checks the signature, every chunk's CRC, the
/// chunk order (IHDR first, IDAT, IEND last) and undoes all five row filters. Throws on anything else.
/// </summary>
internal static class PngReader
{
    public static DecodedPng Decode(ReadOnlySpan<byte> file)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (file.Length < 8 || !file[..8].SequenceEqual(signature))
        {
            throw new InvalidDataException("Not a PNG signature.");
        }

        var chunks = new List<(string Type, byte[] Data)>();
        var offset = 8;
        while (offset < file.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.Slice(offset, 4));
            var typeAndData = file.Slice(offset + 4, 4 + length);
            var crc = BinaryPrimitives.ReadUInt32BigEndian(file.Slice(offset + 8 + length, 4));
            if (BitwiseCrc32(typeAndData) != crc)
            {
                throw new InvalidDataException($"Bad CRC in chunk at {offset}.");
            }

            chunks.Add((Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray()));
            offset += 12 + length;
        }

        if (chunks.Count < 3 || chunks[0].Type != "IHDR" || chunks[^1].Type != "IEND" || chunks[^1].Data.Length != 0)
        {
            throw new InvalidDataException("Chunks must start with IHDR and end with an empty IEND.");
        }

        var header = chunks[0].Data;
        var width = BinaryPrimitives.ReadInt32BigEndian(header);
        var height = BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4));
        var (bitDepth, colorType, compression, filter, interlace) = (header[8], header[9], header[10], header[11], header[12]);
        if (bitDepth != 8 || colorType is not (2 or 6) || compression != 0 || filter != 0 || interlace != 0)
        {
            throw new InvalidDataException($"Unsupported PNG format: depth {bitDepth}, colour type {colorType}, interlace {interlace}.");
        }

        var channels = colorType == 6 ? 4 : 3;
        using var compressed = new MemoryStream(chunks.Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray());
        using var zlib = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var data = raw.ToArray();

        var stride = width * channels;
        if (data.Length != height * (stride + 1))
        {
            throw new InvalidDataException($"Image data is {data.Length} bytes; expected {height * (stride + 1)}.");
        }

        var pixels = Unfilter(data, height, stride, channels);
        var rgba = new byte[width * height * 4];
        for (var i = 0; i < width * height; i++)
        {
            rgba[(i * 4) + 0] = pixels[(i * channels) + 0];
            rgba[(i * 4) + 1] = pixels[(i * channels) + 1];
            rgba[(i * 4) + 2] = pixels[(i * channels) + 2];
            rgba[(i * 4) + 3] = channels == 4 ? pixels[(i * channels) + 3] : (byte)255;
        }

        return new DecodedPng(width, height, rgba);
    }

    private static byte[] Unfilter(byte[] data, int height, int stride, int bpp)
    {
        var result = new byte[height * stride];
        for (var y = 0; y < height; y++)
        {
            var type = data[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                int a = x >= bpp ? result[(y * stride) + x - bpp] : 0;
                int b = y > 0 ? result[((y - 1) * stride) + x] : 0;
                int c = x >= bpp && y > 0 ? result[((y - 1) * stride) + x - bpp] : 0;
                int predictor = type switch
                {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => throw new InvalidDataException($"Unknown filter type {type} on row {y}."),
                };
                result[(y * stride) + x] = (byte)(data[(y * (stride + 1)) + 1 + x] + predictor);
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    // Bit by bit, deliberately unlike the encoder's table-driven CRC, so a shared mistake cannot hide.
    private static uint BitwiseCrc32(ReadOnlySpan<byte> data)
    {
        var crc = uint.MaxValue;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (uint)-(int)(crc & 1));
            }
        }

        return ~crc;
    }
}
