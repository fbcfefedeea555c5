namespace ComplaintBot.Bench.Evidence;

/// <summary>
/// A small evidence file: the real leading bytes of a JPEG or PNG (what the bot's content sniffer checks) and
/// about two kilobytes of body derived from a seed, like a thumbnail a phone would send.
/// </summary>
internal sealed record SampleFile(byte[] Bytes, string ContentType)
{
    private const int BodyLength = 2048;

    private static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00];
    private static readonly byte[] JpegTail = [0xFF, 0xD9];
    private static readonly byte[] PngHead = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, 0x20, 0x08, 0x02, 0x00, 0x00, 0x00];

    public static SampleFile? For(string name, long seed)
    {
        var extension = Path.GetExtension(name).ToUpperInvariant();
        return extension switch
        {
            ".JPG" or ".JPEG" => new SampleFile([.. JpegHead, .. Body(seed), .. JpegTail], "image/jpeg"),
            ".PNG" => new SampleFile([.. PngHead, .. Body(seed)], "image/png"),
            _ => null,
        };
    }

#pragma warning disable CA5394 // Not security relevant: filler bytes that only need to differ between complaints.
    private static byte[] Body(long seed)
    {
        var bytes = new byte[BodyLength];
        new Random(unchecked((int)seed ^ (int)(seed >> 32))).NextBytes(bytes);
        return bytes;
    }
#pragma warning restore CA5394
}
