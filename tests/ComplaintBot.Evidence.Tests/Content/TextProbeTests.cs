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
}
