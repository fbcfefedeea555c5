namespace ComplaintBot.Bench.Phases;

/// <summary>
/// RSS samples over a soak. "Flat" compares the median of the samples in the last fifth of the interviews with
/// the median of those in the first fifth: the first fifth already has the heap sized for the load.
/// </summary>
/// <param name="Run">The interviews sampled.</param>
/// <param name="Samples">RSS against the interviews completed so far, about once a second.</param>
/// <param name="LeftoverConversations">Conversation rows left in the state file afterwards.</param>
/// <param name="Settle">The interviews run before sampling started, if any.</param>
internal sealed record SoakResult(Load.LoadResult Run, IReadOnlyList<(int Completed, long RssBytes)> Samples, int LeftoverConversations, Load.LoadResult? Settle)
{
    public int Interviews => Run.Log.Conversations;

    public int SettleInterviews => Settle?.Log.Conversations ?? 0;

    public long EarlyRss => Median(Samples.Where(s => s.Completed > 0 && s.Completed <= Interviews / 5));

    public long LateRss => Median(Samples.Where(s => s.Completed >= Interviews * 4 / 5));

    public long PeakRss => Samples.Max(s => s.RssBytes);

    public double Drift => EarlyRss == 0 ? double.NaN : ((double)LateRss / EarlyRss) - 1;

    private static long Median(IEnumerable<(int Completed, long RssBytes)> samples)
    {
        var sorted = samples.Select(s => s.RssBytes).Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}
