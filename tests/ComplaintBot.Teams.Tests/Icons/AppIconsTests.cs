using ComplaintBot.Teams.Packager.Icons;
using ComplaintBot.Teams.Tests.Support;

namespace ComplaintBot.Teams.Tests.Icons;

public sealed class AppIconsTests
{
    private static readonly RgbaColor Accent = new(0xD9, 0x48, 0x0F, 255);

    [Fact]
    public void PaintColor_Encoded_IsValid192SquarePng()
    {
        var png = PngReader.Decode(PngEncoder.Encode(AppIcons.PaintColor(Accent)));

        Assert.Equal((192, 192), (png.Width, png.Height));
    }

    [Fact]
    public void PaintColor_EveryPixel_IsOpaque()
    {
        var png = PngReader.Decode(PngEncoder.Encode(AppIcons.PaintColor(Accent)));

        Assert.All(png.AllPixels(), p => Assert.Equal(255, p.Pixel.A));
    }

    [Fact]
    public void PaintColor_Symbol_StaysInsideTheCentral96PixelSquare()
    {
        var png = PngReader.Decode(PngEncoder.Encode(AppIcons.PaintColor(Accent)));
        var accent = (Accent.R, Accent.G, Accent.B, Accent.A);

        var symbol = png.AllPixels().Where(p => p.Pixel != accent).ToList();

        Assert.NotEmpty(symbol);
        Assert.All(symbol, p => Assert.InRange(p.X, 48, 143));
        Assert.All(symbol, p => Assert.InRange(p.Y, 48, 143));
        Assert.Contains(symbol, p => p.Pixel == (255, 255, 255, 255));
    }

    [Fact]
    public void PaintColor_OtherAccent_ChangesTheBackground()
    {
        var png = PngReader.Decode(PngEncoder.Encode(AppIcons.PaintColor(new RgbaColor(0, 0x78, 0xD4, 255))));

        Assert.Equal((0, 0x78, 0xD4, 255), png[0, 0]);
        Assert.Equal((0, 0x78, 0xD4, 255), png[191, 191]);
    }

    [Fact]
    public void PaintOutline_Encoded_IsValid32SquarePng()
    {
        var png = PngReader.Decode(PngEncoder.Encode(AppIcons.PaintOutline()));

        Assert.Equal((32, 32), (png.Width, png.Height));
    }

    [Fact]
    public void PaintOutline_EveryPixel_IsWhiteOrFullyTransparent()
    {
        var png = PngReader.Decode(PngEncoder.Encode(AppIcons.PaintOutline()));

        // Teams' rule: white (255, 255, 255) on a transparent background; only alpha may vary at the edges.
        Assert.All(png.AllPixels(), p => Assert.Equal((255, 255, 255), (p.Pixel.R, p.Pixel.G, p.Pixel.B)));
    }

    [Fact]
    public void PaintOutline_BackgroundIsTransparentAndStrokeOpaque()
    {
        var png = PngReader.Decode(PngEncoder.Encode(AppIcons.PaintOutline()));
        var alphas = png.AllPixels().Select(p => p.Pixel.A).ToList();

        Assert.Equal(0, png[0, 0].A);
        Assert.Equal(0, png[31, 31].A);
        Assert.Equal(0, png[8, 12].A);  // inside the bubble, left of the exclamation mark
        Assert.Equal(255, png[16, 10].A); // the exclamation mark
        Assert.True(alphas.Count(a => a == 0) > 400, "most of the outline icon must be transparent");
        Assert.True(alphas.Count(a => a == 255) > 100, "the stroke must be solid white");
    }

    [Fact]
    public void Paint_SameInputs_GiveTheSameBytes()
    {
        Assert.Equal(PngEncoder.Encode(AppIcons.PaintColor(Accent)), PngEncoder.Encode(AppIcons.PaintColor(Accent)));
        Assert.Equal(PngEncoder.Encode(AppIcons.PaintOutline()), PngEncoder.Encode(AppIcons.PaintOutline()));
    }
}
