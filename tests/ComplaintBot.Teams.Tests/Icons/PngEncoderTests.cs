using ComplaintBot.Teams.Packager.Icons;
using ComplaintBot.Teams.Tests.Support;

namespace ComplaintBot.Teams.Tests.Icons;

public sealed class PngEncoderTests
{
    [Fact]
    public void Crc32_StandardCheckValue_Matches() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute("123456789"u8));

    [Fact]
    public void Encode_PaintedImage_DecodesToTheSamePixels()
    {
        var canvas = new IconCanvas(5, 3, new RgbaColor(10, 20, 30, 40));
        canvas.Paint(IconShape.RoundedRectangle(1, 0, 3, 2, 0), new RgbaColor(200, 100, 50, 255));

        var decoded = PngReader.Decode(PngEncoder.Encode(canvas));

        Assert.Equal((5, 3), (decoded.Width, decoded.Height));
        Assert.Equal(canvas.Pixels.ToArray(), decoded.Rgba);
        Assert.Equal((byte)200, decoded[1, 0].R);
        Assert.Equal((byte)10, decoded[4, 2].R);
    }

    [Fact]
    public void Encode_Header_IsEightBitRgbaWithoutInterlace()
    {
        var png = PngEncoder.Encode(new IconCanvas(2, 2, RgbaColor.White));

        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        Assert.Equal(new byte[] { 8, 6, 0, 0, 0 }, png[24..29]);
    }
}
