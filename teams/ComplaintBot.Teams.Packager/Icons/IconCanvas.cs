namespace ComplaintBot.Teams.Packager.Icons;

/// <summary>An RGBA pixel buffer that shapes are painted onto with source-over blending.</summary>
internal sealed class IconCanvas
{
    // 4 x 4 samples per pixel: smooth enough edges for 32 px and 192 px icons, and exact on pixel-aligned edges.
    private const int SamplesPerAxis = 4;

    private readonly byte[] _pixels;

    /// <summary>Initializes a new instance of the <see cref="IconCanvas"/> class filled with one colour.</summary>
    /// <param name="width">Width in pixels.</param>
    /// <param name="height">Height in pixels.</param>
    /// <param name="background">The initial colour of every pixel.</param>
    public IconCanvas(int width, int height, RgbaColor background)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        Width = width;
        Height = height;
        _pixels = new byte[width * height * 4];
        for (var i = 0; i < _pixels.Length; i += 4)
        {
            _pixels[i] = background.R;
            _pixels[i + 1] = background.G;
            _pixels[i + 2] = background.B;
            _pixels[i + 3] = background.A;
        }
    }

    /// <summary>Gets the width in pixels.</summary>
    public int Width { get; }

    /// <summary>Gets the height in pixels.</summary>
    public int Height { get; }

    /// <summary>Gets the pixels, row by row from the top, four bytes (R, G, B, A) each.</summary>
    public ReadOnlyMemory<byte> Pixels => _pixels;

    /// <summary>Reads one pixel.</summary>
    /// <param name="x">Column.</param>
    /// <param name="y">Row.</param>
    /// <returns>The colour.</returns>
    public RgbaColor GetPixel(int x, int y)
    {
        var i = Offset(x, y);
        return new RgbaColor(_pixels[i], _pixels[i + 1], _pixels[i + 2], _pixels[i + 3]);
    }

    /// <summary>Paints a shape in a colour, weighting each pixel by how much of it the shape covers.</summary>
    /// <param name="shape">The shape, in pixel coordinates.</param>
    /// <param name="color">The colour.</param>
    public void Paint(IconShape shape, RgbaColor color)
    {
        ArgumentNullException.ThrowIfNull(shape);
        const double step = 1.0 / SamplesPerAxis;
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                var hits = 0;
                for (var sy = 0; sy < SamplesPerAxis; sy++)
                {
                    for (var sx = 0; sx < SamplesPerAxis; sx++)
                    {
                        if (shape.Contains(x + ((sx + 0.5) * step), y + ((sy + 0.5) * step)))
                        {
                            hits++;
                        }
                    }
                }

                if (hits > 0)
                {
                    Blend(x, y, color, hits / (double)(SamplesPerAxis * SamplesPerAxis));
                }
            }
        }
    }

    private void Blend(int x, int y, RgbaColor color, double coverage)
    {
        var i = Offset(x, y);
        var sourceAlpha = color.A / 255.0 * coverage;
        var targetAlpha = _pixels[i + 3] / 255.0;
        var outAlpha = sourceAlpha + (targetAlpha * (1 - sourceAlpha));
        if (outAlpha <= 0)
        {
            return;
        }

        byte Channel(byte source, byte target) =>
            ToByte(((source * sourceAlpha) + (target * targetAlpha * (1 - sourceAlpha))) / outAlpha);

        _pixels[i] = Channel(color.R, _pixels[i]);
        _pixels[i + 1] = Channel(color.G, _pixels[i + 1]);
        _pixels[i + 2] = Channel(color.B, _pixels[i + 2]);
        _pixels[i + 3] = ToByte(outAlpha * 255);
    }

    private static byte ToByte(double value) => (byte)Math.Clamp(Math.Round(value, MidpointRounding.AwayFromZero), 0, 255);

    private int Offset(int x, int y)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(x);
        ArgumentOutOfRangeException.ThrowIfNegative(y);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(x, Width);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(y, Height);
        return ((y * Width) + x) * 4;
    }
}
