using System.Text;
using ComplaintBot.Evidence.Content;

namespace ComplaintBot.Evidence.Tests.Content;

public sealed class TextProbeTests
{
    [Fact]
    public void IsText_ChineseSplitMidCharacterAcrossChunks_StillText()
    {
        var bytes = Encoding.UTF8.GetBytes("聊天记录：快递三天没到\r\n\t好的");
        var probe = new TextProbe();

        for (var i = 0; i < bytes.Length; i++)
        {
            probe.Append(bytes.AsSpan(i, 1));
        }

        probe.Complete();
        Assert.True(probe.IsText);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x00, 0x62 })]
    [InlineData(new byte[] { 0x61, 0xFF, 0x62 })]
    [InlineData(new byte[] { 0x61, 0x07 })]
    [InlineData(new byte[] { 0xE8, 0x81 })]
    public void IsText_BinaryOrBrokenUtf8_False(byte[] bytes)
    {
        var probe = new TextProbe();

        probe.Append(bytes);
        probe.Complete();

        Assert.False(probe.IsText);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void IsText_FourByteCharactersSplitAnywhere_StillText(int chunkSize)
    {
        var bytes = Encoding.UTF8.GetBytes("好评😀返现🧾截图");
        var probe = new TextProbe();

        for (var i = 0; i < bytes.Length; i += chunkSize)
        {
            probe.Append(bytes.AsSpan(i, Math.Min(chunkSize, bytes.Length - i)));
        }

        probe.Complete();
        Assert.True(probe.IsText);
    }

    [Fact]
    public void IsText_FileEndsInsideACharacter_False()
    {
        var probe = new TextProbe();

        probe.Append(Encoding.UTF8.GetBytes("快递"));
        probe.Append([0xF0, 0x9F, 0x98]);
        probe.Complete();

        Assert.False(probe.IsText);
    }

    [Fact]
    public void IsText_BadByteAfterASplitLeadByte_False()
    {
        var probe = new TextProbe();

        probe.Append([0x61, 0xE5]);
        probe.Append([0x41, 0x42]);
        probe.Complete();

        Assert.False(probe.IsText);
    }

    [Fact]
    public void IsText_AgreesWithAStrictDecoderOverRandomContentAndChunking()
    {
        var random = new Random(20261127);
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        byte[][] characters = [.. "订单 o1\r\n\t¥é😀🧾".EnumerateRunes().Select(r => Encoding.UTF8.GetBytes(r.ToString()))];
        var disagreements = new List<string>();
        int texts = 0, binaries = 0;

        for (var round = 0; round < 2000; round++)
        {
            var content = new List<byte>();
            for (var count = random.Next(0, 20); count > 0; count--)
            {
                // Mostly whole characters, sometimes any byte at all, so both verdicts occur often.
                content.AddRange(random.Next(15) == 0 ? [(byte)random.Next(256)] : characters[random.Next(characters.Length)]);
            }

            var bytes = content.ToArray();
            var expected = IsStrictText(strict, bytes);
            var probe = new TextProbe();
            for (var at = 0; at < bytes.Length;)
            {
                var size = Math.Min(random.Next(1, 6), bytes.Length - at);
                probe.Append(bytes.AsSpan(at, size));
                at += size;
            }

            probe.Complete();
            if (probe.IsText != expected)
            {
                disagreements.Add(Convert.ToHexString(bytes));
            }

            _ = expected ? texts++ : binaries++;
        }

        Assert.Empty(disagreements);
        Assert.InRange(texts, 200, 1800);
        Assert.InRange(binaries, 200, 1800);
    }

    private static bool IsStrictText(Encoding strict, byte[] bytes)
    {
        try
        {
            return !strict.GetString(bytes).Any(c => c < 0x20 && c is not ('\t' or '\n' or '\f' or '\r') || c == '\u007F');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
