namespace ComplaintBot.Dialogs.Evidence;

/// <summary>
/// The one seam between the interview and evidence files: the evidence step hands over each attachment the
/// user sent and gets back an evidence item or a refusal to tell the user. Whether the file is downloaded,
/// checked and stored is the implementation's business; the dialogs never see HTTP. The files of one message go
/// through <see cref="EvidenceBatch"/>.
/// </summary>
public interface IEvidenceIntake
{
    /// <summary>Gets the per-complaint limits the intake enforces, or null when it does not say.</summary>
    /// <value>With limits known, <see cref="EvidenceBatch"/> takes in files sent together at the same time when they cannot reach them.</value>
    EvidenceLimits? Limits { get; }

    /// <summary>Accepts or refuses one attachment.</summary>
    /// <param name="request">The attachment and what is already accepted for this complaint.</param>
    /// <param name="cancellationToken">Cancels the intake.</param>
    /// <returns>The evidence item, or a refusal with a message in the user's language.</returns>
    Task<EvidenceIntakeResult> AcceptAsync(EvidenceIntakeRequest request, CancellationToken cancellationToken);

    /// <summary>Deletes every file kept for a complaint (with the complaint, or when the user asks to delete their data).</summary>
    /// <param name="complaintId">The complaint's id.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task that completes when the files are gone.</returns>
    Task DeleteAsync(string complaintId, CancellationToken cancellationToken);
}
