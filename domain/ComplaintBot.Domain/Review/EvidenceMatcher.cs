using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Domain.Review;

/// <summary>Matches attached evidence to the key checklist items, one file per item, as many items as possible.</summary>
internal static class EvidenceMatcher
{
    public static IReadOnlyList<EvidenceRequirement> MissingKey(IReadOnlyList<EvidenceRequirement> checklist, IReadOnlyList<EvidenceItem> evidence)
    {
        var key = checklist.Where(r => r.IsKey).ToList();
        var best = new List<int>();
        Search(key, evidence, 0, [], new bool[evidence.Count], best);
        return key.Where((_, i) => !best.Contains(i)).ToList();
    }

    // Key items are two or three, so trying every assignment is cheap and finds the best one.
    private static void Search(List<EvidenceRequirement> key, IReadOnlyList<EvidenceItem> evidence, int index, List<int> matched, bool[] used, List<int> best)
    {
        if (index == key.Count)
        {
            if (matched.Count > best.Count)
            {
                best.Clear();
                best.AddRange(matched);
            }

            return;
        }

        for (var e = 0; e < evidence.Count && e < 64; e++)
        {
            if (!used[e] && key[index].Kinds.Contains(evidence[e].Kind))
            {
                used[e] = true;
                matched.Add(index);
                Search(key, evidence, index + 1, matched, used, best);
                matched.RemoveAt(matched.Count - 1);
                used[e] = false;
            }
        }

        Search(key, evidence, index + 1, matched, used, best);
    }
}
