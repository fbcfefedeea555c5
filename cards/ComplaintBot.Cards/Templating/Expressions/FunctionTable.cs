using System.Collections.Frozen;

namespace ComplaintBot.Cards.Templating.Expressions;

/// <summary>
/// The prebuilt functions templates may call (names are case-sensitive, as in Adaptive Expressions). Anything
/// else is a template error. <c>if</c> is not listed: the parser turns it into a lazy conditional.
/// </summary>
internal static class FunctionTable
{
    private static readonly FrozenDictionary<string, TemplateFunction> Functions =
        CollectionFunctions.All
            .Concat(TextFunctions.All)
            .Concat(FormatFunctions.All)
            .ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Functions.Keys;

    public static TemplateFunction? Find(string name) => Functions.GetValueOrDefault(name);
}
