namespace ComplaintBot.Storage.Blob;

/// <summary>One validated, serialized change waiting to be uploaded.</summary>
/// <param name="Key">The raw key.</param>
/// <param name="Json">The UTF-8 JSON to store.</param>
/// <param name="ExpectedETag">The ETag the stored blob must have (<c>If-Match</c>), or null for an unconditional overwrite or a create.</param>
/// <param name="CreateOnly">Whether the blob must not exist yet (<c>If-None-Match: *</c>, <see cref="StorageETags.CreateOnly"/>).</param>
internal sealed record BlobWrite(string Key, byte[] Json, string? ExpectedETag, bool CreateOnly)
{
    /// <summary>Gets a value indicating whether the upload carries a condition the service may refuse.</summary>
    /// <value>True for <c>If-Match</c> and <c>If-None-Match: *</c> uploads.</value>
    public bool IsConditional => ExpectedETag is not null || CreateOnly;
}
