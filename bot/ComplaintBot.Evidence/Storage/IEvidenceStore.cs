namespace ComplaintBot.Evidence.Storage;

/// <summary>
/// Keeps evidence bytes, content-addressed by SHA-256 and unchanged, and remembers which complaint holds which
/// content so one complaint's files can be deleted while content another complaint shares stays. Providers: the
/// SQLite file (<see cref="SqliteEvidenceStore"/>), a local folder (<see cref="LocalFolderEvidenceStore"/>) and an Azure Blob container (<see cref="BlobEvidenceStore"/>).
/// </summary>
public interface IEvidenceStore
{
    /// <summary>Stores content for a complaint. Storing content the store already has only adds the complaint's reference.</summary>
    /// <param name="complaintId">The complaint the file belongs to.</param>
    /// <param name="sha256">The lowercase hex SHA-256 of the content; the store verifies it while writing.</param>
    /// <param name="content">The bytes, read to the end.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the content is stored (each provider says what survives a power cut).</returns>
    /// <exception cref="InvalidDataException">The content does not hash to <paramref name="sha256"/>.</exception>
    Task SaveAsync(string complaintId, string sha256, Stream content, CancellationToken cancellationToken);

    /// <summary>Opens stored content a complaint holds.</summary>
    /// <param name="complaintId">The complaint.</param>
    /// <param name="sha256">The content's hash.</param>
    /// <param name="cancellationToken">Cancels the open.</param>
    /// <returns>A readable stream the caller disposes, or null when the complaint holds no such content.</returns>
    Task<Stream?> OpenReadAsync(string complaintId, string sha256, CancellationToken cancellationToken);

    /// <summary>Lists the content a complaint holds.</summary>
    /// <param name="complaintId">The complaint.</param>
    /// <param name="cancellationToken">Cancels the listing.</param>
    /// <returns>The hashes, in no particular order.</returns>
    Task<IReadOnlyList<string>> ListAsync(string complaintId, CancellationToken cancellationToken);

    /// <summary>Removes a complaint's references and every content no other complaint holds.</summary>
    /// <param name="complaintId">The complaint.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task that completes when the files are gone.</returns>
    Task DeleteAsync(string complaintId, CancellationToken cancellationToken);
}
