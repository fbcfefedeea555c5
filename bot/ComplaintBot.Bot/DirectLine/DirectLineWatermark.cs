using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace ComplaintBot.Bot.DirectLine;

/// <summary>
/// The <c>watermark</c> query parameter: absent or empty means "none" (DirectLineJS polls first with an empty one);
/// otherwise one non-negative decimal number, as this channel hands them out.
/// </summary>
internal static class DirectLineWatermark
{
    /// <summary>Reads the parameter.</summary>
    /// <param name="values">The query values.</param>
    /// <param name="watermark">The watermark, or null for none.</param>
    /// <returns>False when it is malformed.</returns>
    public static bool TryRead(StringValues values, out int? watermark)
    {
        watermark = null;
        if (values.Count > 1)
        {
            return false;
        }

        var value = values.ToString();
        if (value.Length == 0)
        {
            return true;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        watermark = parsed;
        return true;
    }

    /// <summary>The 400 for a malformed watermark.</summary>
    public static IResult Malformed { get; } =
        DirectLineErrors.Result(StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, "The watermark must be a watermark this channel returned.");
}
