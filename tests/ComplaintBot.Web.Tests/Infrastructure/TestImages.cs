using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ComplaintBot.Web.Tests.Infrastructure;

/// <summary>Small but real PNG pictures (decodable by the browser and recognised by the evidence sniffer).</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height, byte r, byte g, byte b)
    {
        var raw = new byte[height * ((width * 3) + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 3) + 1);
            for (var x = 0; x < width; x++)
            {
                var shade = (byte)((x + y) % 32);
                raw[row + 1 + (x * 3)] = (byte)Math.Min(255, r + shade);
                raw[row + 2 + (x * 3)] = (byte)Math.Min(255, g + shade);
                raw[row + 3 + (x * 3)] = (byte)Math.Min(255, b + shade);
            }
        }

        using var idat = new MemoryStream();
        using (var z = new ZLibStream(idat, CompressionLevel.Optimal, leaveOpen: true))
        {
            z.Write(raw);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // truecolour
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", idat.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    public static string Write(string name, byte[] content)
    {
        var dir = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "complaintbot-web-tests", "files", Guid.NewGuid().ToString("N"))).FullName;
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static void Chunk(Stream stream, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        stream.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        stream.Write(typeBytes);
        stream.Write(data);
        var crc = Crc32(typeBytes.Concat(data).ToArray());
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        stream.Write(crcBytes);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
