using ComplaintBot.Domain.Complaints;

namespace ComplaintBot.Dialogs.Evidence;

/// <summary>
/// The built-in intake for hosts without a download pipeline: it records what the channel says about a file
/// (name, declared type) without fetching it, so the size and hash stay unknown. The host replaces it with the
/// downloading intake; tests use it to keep the interview independent of HTTP.
/// </summary>
public sealed class MetadataEvidenceIntake : IEvidenceIntake
{
    /// <summary>The most files one complaint takes.</summary>
    public const int MaxFiles = 20;

    /// <inheritdoc />
    /// <value>None: names of unnamed files are numbered by the files before them, so files are taken one by one (nothing here waits).</value>
    public EvidenceLimits? Limits => null;

    /// <inheritdoc />
    public Task<EvidenceIntakeResult> AcceptAsync(EvidenceIntakeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.FilesAccepted >= MaxFiles)
        {
            var message = Localization.BotText.Default.Get(request.Locale, "evidence.tooManyFiles", MaxFiles);
            return Task.FromResult(EvidenceIntakeResult.Refused("too_many_files", message));
        }

        var attachment = request.Attachment;
        var name = string.IsNullOrWhiteSpace(attachment.Name) ? $"file-{request.FilesAccepted + 1}" : attachment.Name.Trim();
        var item = new EvidenceItem
        {
            Name = name.Length > 200 ? name[..200] : name,
            ContentType = string.IsNullOrWhiteSpace(attachment.ContentType) ? "application/octet-stream" : attachment.ContentType,
            SizeBytes = 0,
            Kind = EvidenceItem.KindFromContentType(attachment.ContentType),
        };
        return Task.FromResult(EvidenceIntakeResult.Accepted(item));
    }

    /// <inheritdoc />
    public Task DeleteAsync(string complaintId, CancellationToken cancellationToken) => Task.CompletedTask;
}
