namespace ComplaintBot.Teams.Packager.Icons;

/// <summary>
/// A filled region of the plane, in pixel coordinates (x to the right, y down), described by a point test.
/// Point tests compose exactly (union, difference) and render with anti-aliasing by supersampling.
/// </summary>
internal sealed class IconShape
{
    private readonly Func<double, double, bool> _contains;

    private IconShape(Func<double, double, bool> contains) => _contains = contains;

    /// <summary>Tells whether a point lies inside the shape.</summary>
    /// <param name="x">The x coordinate.</param>
    /// <param name="y">The y coordinate.</param>
    /// <returns>Whether the point is inside.</returns>
    public bool Contains(double x, double y) => _contains(x, y);

    /// <summary>Creates an axis-aligned rectangle with rounded corners.</summary>
    /// <param name="left">Left edge.</param>
    /// <param name="top">Top edge.</param>
    /// <param name="right">Right edge.</param>
    /// <param name="bottom">Bottom edge.</param>
    /// <param name="radius">Corner radius; clamped to half the shorter side.</param>
    /// <returns>The shape.</returns>
    public static IconShape RoundedRectangle(double left, double top, double right, double bottom, double radius)
    {
        var r = Math.Clamp(radius, 0, Math.Min(right - left, bottom - top) / 2);
        return new IconShape((x, y) =>
        {
            if (x < left || x > right || y < top || y > bottom)
            {
                return false;
            }

            // Outside the corner squares the rectangle test is enough; inside them the point must be within the arc.
            var cx = Math.Clamp(x, left + r, right - r);
            var cy = Math.Clamp(y, top + r, bottom - r);
            var dx = x - cx;
            var dy = y - cy;
            return (dx * dx) + (dy * dy) <= r * r;
        });
    }

    /// <summary>Creates a disc.</summary>
    /// <param name="centerX">Centre x.</param>
    /// <param name="centerY">Centre y.</param>
    /// <param name="radius">Radius.</param>
    /// <returns>The shape.</returns>
    public static IconShape Circle(double centerX, double centerY, double radius) =>
        new((x, y) => ((x - centerX) * (x - centerX)) + ((y - centerY) * (y - centerY)) <= radius * radius);

    /// <summary>Creates a filled triangle; the corners may be given in either winding order.</summary>
    /// <param name="a">First corner.</param>
    /// <param name="b">Second corner.</param>
    /// <param name="c">Third corner.</param>
    /// <returns>The shape.</returns>
    public static IconShape Triangle((double X, double Y) a, (double X, double Y) b, (double X, double Y) c) =>
        new((x, y) =>
        {
            var d1 = Side(x, y, a, b);
            var d2 = Side(x, y, b, c);
            var d3 = Side(x, y, c, a);
            var hasNegative = d1 < 0 || d2 < 0 || d3 < 0;
            var hasPositive = d1 > 0 || d2 > 0 || d3 > 0;
            return !(hasNegative && hasPositive);
        });

    /// <summary>Combines this shape with another: points in either.</summary>
    /// <param name="other">The other shape.</param>
    /// <returns>The union.</returns>
    public IconShape Union(IconShape other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new IconShape((x, y) => Contains(x, y) || other.Contains(x, y));
    }

    /// <summary>Removes another shape from this one.</summary>
    /// <param name="other">The shape to cut away.</param>
    /// <returns>The difference.</returns>
    public IconShape Except(IconShape other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new IconShape((x, y) => Contains(x, y) && !other.Contains(x, y));
    }

    private static double Side(double x, double y, (double X, double Y) p, (double X, double Y) q) =>
        ((x - q.X) * (p.Y - q.Y)) - ((p.X - q.X) * (y - q.Y));
}
