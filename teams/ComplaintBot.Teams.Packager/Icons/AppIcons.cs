namespace ComplaintBot.Teams.Packager.Icons;

/// <summary>
/// Draws the app's own artwork: a speech bubble with an exclamation mark, "something to raise". The colour icon
/// is the white bubble on a solid accent square (Teams rounds the corners itself); the outline icon is the same
/// bubble as a white stroke on transparency. Pure arithmetic, so the same inputs always give the same pixels.
/// </summary>
internal static class AppIcons
{
    /// <summary>Side of the colour icon in pixels, as Teams requires.</summary>
    public const int ColorSize = 192;

    /// <summary>Side of the outline icon in pixels, as Teams requires.</summary>
    public const int OutlineSize = 32;

    // Teams wants the colour symbol inside the central 96 x 96 px, leaving 48 px of padding on every side.
    private const double ColorSymbolOrigin = 48;
    private const double ColorSymbolSize = 96;

    // The outline icon has no padding; one pixel of margin keeps the anti-aliased edge inside the image.
    private const double OutlineSymbolOrigin = 1;
    private const double OutlineSymbolSize = 30;
    private const double OutlineStroke = 2;

    /// <summary>Paints the 192 x 192 colour icon.</summary>
    /// <param name="accent">The background colour, normally the manifest's accent colour.</param>
    /// <returns>The image.</returns>
    public static IconCanvas PaintColor(RgbaColor accent)
    {
        var symbol = new Symbol(ColorSymbolOrigin, ColorSymbolSize);
        var canvas = new IconCanvas(ColorSize, ColorSize, accent with { A = 255 });
        canvas.Paint(symbol.Body(0).Union(symbol.Tail()), RgbaColor.White);
        canvas.Paint(symbol.Bar().Union(symbol.Dot()), accent with { A = 255 });
        return canvas;
    }

    /// <summary>Paints the 32 x 32 outline icon: white on a fully transparent background.</summary>
    /// <returns>The image.</returns>
    public static IconCanvas PaintOutline()
    {
        var symbol = new Symbol(OutlineSymbolOrigin, OutlineSymbolSize);
        var inside = symbol.Body(OutlineStroke);
        var stroke = symbol.Body(0).Except(inside).Union(symbol.Tail().Except(inside));
        var canvas = new IconCanvas(OutlineSize, OutlineSize, RgbaColor.TransparentWhite);
        canvas.Paint(stroke.Union(symbol.Bar()).Union(symbol.Dot()), RgbaColor.White);
        return canvas;
    }

    /// <summary>
    /// The symbol's parts, designed on a unit square and placed at an origin with a size. The bubble's edges fall
    /// on whole pixels of the 30 px outline symbol, so its stroke stays crisp at 32 x 32.
    /// </summary>
    private readonly record struct Symbol(double Origin, double Size)
    {
        public IconShape Body(double inset) =>
            IconShape.RoundedRectangle(X(0) + inset, X(2.0 / 30) + inset, X(1) - inset, X(23.0 / 30) - inset, (0.18 * Size) - inset);

        public IconShape Tail() => IconShape.Triangle((X(0.18), X(0.66)), (X(0.46), X(0.66)), (X(0.12), X(0.96)));

        public IconShape Bar() => IconShape.RoundedRectangle(X(0.44), X(0.17), X(0.56), X(0.47), 0.06 * Size);

        public IconShape Dot() => IconShape.Circle(X(0.5), X(0.595), 0.068 * Size);

        private double X(double unit) => Origin + (unit * Size);
    }
}
