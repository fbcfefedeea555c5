using ComplaintBot.Teams.Packager.Icons;

namespace ComplaintBot.Teams.Tests.Icons;

public sealed class IconCanvasTests
{
    [Fact]
    public void Paint_PixelAlignedRectangle_FillsExactlyItsPixels()
    {
        var sut = new IconCanvas(4, 4, RgbaColor.TransparentWhite);

        sut.Paint(IconShape.RoundedRectangle(1, 1, 3, 3, 0), new RgbaColor(0, 0, 255, 255));

        Assert.Equal(new RgbaColor(0, 0, 255, 255), sut.GetPixel(1, 1));
        Assert.Equal(new RgbaColor(0, 0, 255, 255), sut.GetPixel(2, 2));
        Assert.Equal(RgbaColor.TransparentWhite, sut.GetPixel(0, 0));
        Assert.Equal(RgbaColor.TransparentWhite, sut.GetPixel(3, 3));
    }

    [Fact]
    public void Paint_HalfCoveredPixel_GetsHalfAlpha()
    {
        var sut = new IconCanvas(2, 1, RgbaColor.TransparentWhite);

        sut.Paint(IconShape.RoundedRectangle(0, 0, 1.5, 1, 0), RgbaColor.White);

        Assert.Equal(255, sut.GetPixel(0, 0).A);
        Assert.Equal(128, sut.GetPixel(1, 0).A);
    }

    [Fact]
    public void Paint_OpaqueOverOpaque_ReplacesColour()
    {
        var sut = new IconCanvas(1, 1, new RgbaColor(1, 2, 3, 255));

        sut.Paint(IconShape.Circle(0.5, 0.5, 2), new RgbaColor(9, 8, 7, 255));

        Assert.Equal(new RgbaColor(9, 8, 7, 255), sut.GetPixel(0, 0));
    }

    [Fact]
    public void Except_CutsAShapeOut()
    {
        var ring = IconShape.Circle(0, 0, 10).Except(IconShape.Circle(0, 0, 5));

        Assert.True(ring.Contains(7, 0));
        Assert.False(ring.Contains(2, 0));
        Assert.False(ring.Contains(11, 0));
    }

    [Theory]
    [InlineData("#D9480F", 0xD9, 0x48, 0x0F)]
    [InlineData("#ffffff", 255, 255, 255)]
    public void TryParseHex_HtmlColour_ReadsChannels(string text, int r, int g, int b)
    {
        Assert.True(RgbaColor.TryParseHex(text, out var color));
        Assert.Equal(new RgbaColor((byte)r, (byte)g, (byte)b, 255), color);
    }

    [Theory]
    [InlineData("D9480F")]
    [InlineData("#D9480")]
    [InlineData("#GG480F")]
    [InlineData("red")]
    [InlineData(null)]
    public void TryParseHex_NotRrggbb_Fails(string? text) => Assert.False(RgbaColor.TryParseHex(text, out _));
}
