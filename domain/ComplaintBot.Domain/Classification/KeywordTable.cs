using System.Runtime.CompilerServices;
using ComplaintBot.Domain.Catalogue;

namespace ComplaintBot.Domain.Classification;

/// <summary>
/// A classifier's keywords prepared once: lower-cased, longest first (so the longest keyword claims its text
/// first), each marked as ASCII (matched as a whole word) or not. Built once per catalogue and kept with it.
/// </summary>
/// <typeparam name="T">The classification's value type.</typeparam>
internal sealed class KeywordTable<T>
    where T : struct, Enum
{
    private static readonly ConditionalWeakTable<ComplaintCatalogue, KeywordTable<T>> PerCatalogue = [];

    private KeywordTable(IEnumerable<(T Value, IReadOnlyList<string> Keywords)> table)
    {
        // OrderByDescending is stable: keywords of equal length keep the catalogue's order.
        Entries = table
            .SelectMany(t => t.Keywords.Select(k => k.ToLowerInvariant()).Where(k => k.Length > 0).Select(k => new KeywordEntry<T>(t.Value, k, k.All(char.IsAscii))))
            .OrderByDescending(k => k.Keyword.Length)
            .ToArray();
    }

    /// <summary>Gets the keywords, longest first.</summary>
    public IReadOnlyList<KeywordEntry<T>> Entries { get; }

    /// <summary>The table of <paramref name="catalogue"/>, prepared on first use.</summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="select">Picks the classifier's keywords out of the catalogue.</param>
    /// <returns>The prepared table.</returns>
    public static KeywordTable<T> Of(ComplaintCatalogue catalogue, Func<ComplaintCatalogue, IEnumerable<(T Value, IReadOnlyList<string> Keywords)>> select) =>
        PerCatalogue.GetValue(catalogue, c => new KeywordTable<T>(select(c)));
}

/// <summary>One prepared keyword.</summary>
/// <typeparam name="T">The classification's value type.</typeparam>
/// <param name="Value">What the keyword stands for.</param>
/// <param name="Keyword">The keyword, lower-cased.</param>
/// <param name="IsAscii">Whether it is matched as a whole word.</param>
internal readonly record struct KeywordEntry<T>(T Value, string Keyword, bool IsAscii)
    where T : struct, Enum;
