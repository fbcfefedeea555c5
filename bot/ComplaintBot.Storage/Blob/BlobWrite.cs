namespace ComplaintBot.Storage.Blob;

/// <summary>One validated, serialized change waiting to be uploaded.</summary>
/// <param name="Key">The raw key.</param>
/// <param name="Json">The UTF-8 JSON to store.</param>
/// <param name="ExpectedETag">The ETag the stored blob must have, or null for an unconditional overwrite.</param>
internal sealed record BlobWrite(string Key, byte[] Json, string? ExpectedETag);
