namespace ComplaintBot.Dialogs.Evidence;

/// <summary>
/// Takes in the files of one message. Downloads wait on the network, so files that cannot reach a per-complaint
/// limit together are taken in at the same time; otherwise one after another, each told what the files before it
/// added, exactly as if the user had sent them one by one.
/// </summary>
public static class EvidenceBatch
{
    /// <summary>Accepts or refuses each attachment of a message.</summary>
    /// <param name="intake">The intake.</param>
    /// <param name="requests">One request per attachment, in the order sent, each with what the complaint held before the message.</param>
    /// <param name="cancellationToken">Cancels the intake.</param>
    /// <returns>The results, in the order of <paramref name="requests"/>.</returns>
    public static async Task<IReadOnlyList<EvidenceIntakeResult>> AcceptAllAsync(IEvidenceIntake intake, IReadOnlyList<EvidenceIntakeRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            return [];
        }

        var first = requests[0];
        if (requests.Count > 1 && intake.Limits is { } limits && limits.AllFit(first.FilesAccepted, first.BytesAccepted, requests.Count))
        {
            return await Task.WhenAll(requests.Select(request => intake.AcceptAsync(request, cancellationToken))).ConfigureAwait(false);
        }

        var results = new List<EvidenceIntakeResult>(requests.Count);
        int files = 0;
        long bytes = 0;
        foreach (var request in requests)
        {
            var result = await intake.AcceptAsync(request with { FilesAccepted = request.FilesAccepted + files, BytesAccepted = request.BytesAccepted + bytes }, cancellationToken).ConfigureAwait(false);
            if (result.Item is { } item)
            {
                files++;
                bytes += item.SizeBytes;
            }

            results.Add(result);
        }

        return results;
    }
}
