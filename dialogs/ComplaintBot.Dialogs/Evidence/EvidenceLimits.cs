namespace ComplaintBot.Dialogs.Evidence;

/// <summary>The per-complaint limits an intake enforces, so files sent together can be judged before any is taken in.</summary>
/// <param name="MaxFiles">The most files one complaint may have.</param>
/// <param name="MaxFileBytes">The largest file.</param>
/// <param name="MaxComplaintBytes">The most bytes one complaint's files may take together.</param>
public sealed record EvidenceLimits(int MaxFiles, long MaxFileBytes, long MaxComplaintBytes)
{
    /// <summary>
    /// Whether <paramref name="count"/> more files fit whatever their sizes: then none of them can be refused for a
    /// per-complaint limit, and taking them in at the same time gives the same answers as one after another.
    /// </summary>
    /// <param name="filesAccepted">Files the complaint already has.</param>
    /// <param name="bytesAccepted">Bytes the complaint's files already take.</param>
    /// <param name="count">Files sent together.</param>
    /// <returns>True when even <paramref name="count"/> files of the largest size stay within both limits.</returns>
    public bool AllFit(int filesAccepted, long bytesAccepted, int count) =>
        count >= 0
        && (long)filesAccepted + count <= MaxFiles
        && (Int128)bytesAccepted + ((Int128)count * MaxFileBytes) <= MaxComplaintBytes;
}
