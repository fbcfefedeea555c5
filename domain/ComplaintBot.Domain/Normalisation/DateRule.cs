using System.Text.RegularExpressions;

namespace ComplaintBot.Domain.Normalisation;

/// <summary>One date pattern and how to turn a match into a date.</summary>
internal sealed record DateRule(Regex Pattern, Func<Match, DateOnly, ResolvedDate?> Resolve, bool IsLoose = false)
{
    public static bool HasExplicitYear(Match match) => match.Groups["y"].Success || match.Groups["rel"].Success;
}
