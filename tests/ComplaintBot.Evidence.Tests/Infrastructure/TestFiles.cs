using System.Security.Cryptography;
using System.Text;

namespace ComplaintBot.Evidence.Tests.Infrastructure;

/// <summary>Small, valid-looking files of each kind, with deterministic content.</summary>
public static class TestFiles
{
    public static byte[] Jpeg(int size = 4096, int seed = 1) => WithHeader([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00], size, seed);

    public static byte[] Png(int size = 2048, int seed = 2) => WithHeader([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], size, seed);

    public static byte[] Pdf(int size = 2048) => WithHeader(Encoding.ASCII.GetBytes("%PDF-1.7\n"), size, 3);

    public static byte[] Html { get; } = Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body><script>alert(1)</script></body></html>\n");

    public static byte[] Text { get; } = Encoding.UTF8.GetBytes("2026-05-01 10:02 卖家：已发货\n2026-05-03 09:15 我：还没收到\n");

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] WithHeader(byte[] header, int size, int seed)
    {
        var bytes = new byte[Math.Max(size, header.Length)];
        new Random(seed).NextBytes(bytes);
        header.CopyTo(bytes, 0);
        return bytes;
    }
}
