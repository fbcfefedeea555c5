using System.Globalization;

namespace ComplaintBot.Teams.Packager.Icons;

/// <summary>A straight (not premultiplied) 8-bit RGBA colour.</summary>
/// <param name="R">Red.</param>
/// <param name="G">Green.</param>
/// <param name="B">Blue.</param>
/// <param name="A">Alpha: 0 transparent, 255 opaque.</param>
internal readonly record struct RgbaColor(byte R, byte G, byte B, byte A)
{
    /// <summary>Gets opaque white, the only colour Teams allows in an outline icon.</summary>
    public static RgbaColor White { get; } = new(255, 255, 255, 255);

    /// <summary>Gets fully transparent white: outline backgrounds keep white RGB so no dark fringe can appear when scaled.</summary>
    public static RgbaColor TransparentWhite { get; } = new(255, 255, 255, 0);

    /// <summary>Reads an HTML colour of the form <c>#RRGGBB</c>, the form the manifest's <c>accentColor</c> takes.</summary>
    /// <param name="text">The colour text.</param>
    /// <param name="color">The opaque colour when the text is valid.</param>
    /// <returns>Whether the text was a valid <c>#RRGGBB</c> colour.</returns>
    public static bool TryParseHex(string? text, out RgbaColor color)
    {
        color = default;
        if (text is not { Length: 7 } || text[0] != '#'
            || !int.TryParse(text.AsSpan(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var rgb))
        {
            return false;
        }

        color = new RgbaColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb, 255);
        return true;
    }
}
