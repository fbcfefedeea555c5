namespace ComplaintBot.Teams.Tests.Support;

/// <summary>A PNG decoded by <see cref="PngReader"/>: size and straight RGBA pixels.</summary>
internal sealed record DecodedPng(int Width, int Height, byte[] Rgba)
{
    public (byte R, byte G, byte B, byte A) this[int x, int y]
    {
        get
        {
            var i = ((y * Width) + x) * 4;
            return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
        }
    }

    public IEnumerable<(int X, int Y, (byte R, byte G, byte B, byte A) Pixel)> AllPixels()
    {
        for (var y = 0; y < Height; y++)
        {
            for (var x = 0; x < Width; x++)
            {
                yield return (x, y, this[x, y]);
            }
        }
    }
}
