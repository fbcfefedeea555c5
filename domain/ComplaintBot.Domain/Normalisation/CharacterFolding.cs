using System.Text;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>
/// NFKC applied to each UTF-16 unit on its own, keeping text the same length so positions found in the folded text
/// are positions in the original. A unit whose normal form is not a single unit stays as it is.
/// </summary>
/// <remarks>
/// Normalizing one character costs a call into ICU and two strings; tone checks fold every message they read, so
/// each distinct character is folded once per process and remembered (a table of all 65,536 units, filled as they
/// are met; a race only writes the same value twice). ASCII is its own normal form.
/// </remarks>
internal static class CharacterFolding
{
    // '\0' means "not folded yet": no unit above ASCII folds to NUL.
    private static readonly char[] Folded = new char[char.MaxValue + 1];

    /// <summary>Folds one unit.</summary>
    /// <param name="c">The unit.</param>
    /// <returns>Its NFKC form when that is a single unit; otherwise <paramref name="c"/>.</returns>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c;
        }

        var folded = Folded[c];
        if (folded == '\0')
        {
            folded = FoldUncached(c);
            Folded[c] = folded;
        }

        return folded;
    }

    /// <summary>Folds every unit of a text.</summary>
    /// <param name="text">The text; lone surrogates and noncharacters stay as they are.</param>
    /// <returns>A text of the same length.</returns>
    public static string FoldEach(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    /// <summary>The definition: what ICU makes of the unit alone.</summary>
    internal static char FoldUncached(char c)
    {
        if (char.IsSurrogate(c))
        {
            return c;
        }

        try
        {
            var normal = c.ToString().Normalize(NormalizationForm.FormKC);
            return normal.Length == 1 ? normal[0] : c;
        }
        catch (ArgumentException)
        {
            // Noncharacters such as U+FFFF: ICU refuses them, and a user may still type them.
            return c;
        }
    }
}
