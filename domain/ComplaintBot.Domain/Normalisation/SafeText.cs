using System.Text;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>
/// Makes user text safe to normalise: cuts at a length without splitting a surrogate pair and replaces lone
/// surrogates, on which <see cref="string.Normalize(NormalizationForm)"/> throws.
/// </summary>
internal static class SafeText
{
    public static string Clip(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..cut];
    }

    public static string Repair(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Clip, repair, then NFKC (full-width digits and letters become ASCII).</summary>
    /// <remarks>
    /// One message goes through several extractors (order number, amount, date, problem type), each normalizing
    /// what it is given, often the text another one just normalized. The last result on this thread is remembered:
    /// the same input gives it back, and so does that result itself (normal text is its own normal form).
    /// </remarks>
    public static string Nfkc(string text, int maxLength)
    {
        var last = lastNfkc;
        if (last is not null)
        {
            if (ReferenceEquals(text, last.Input) && maxLength == last.MaxLength)
            {
                return last.Output;
            }

            if (ReferenceEquals(text, last.Output) && text.Length <= maxLength)
            {
                return text;
            }
        }

        var output = Repair(Clip(text, maxLength)).Normalize(NormalizationForm.FormKC);
        lastNfkc = new NfkcResult(text, maxLength, output);
        return output;
    }

    [ThreadStatic]
    private static NfkcResult? lastNfkc;

    private sealed record NfkcResult(string Input, int MaxLength, string Output);
}
