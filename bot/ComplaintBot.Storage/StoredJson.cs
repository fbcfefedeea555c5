namespace ComplaintBot.Storage;

/// <summary>A stored value as its provider keeps it: JSON text, without an ETag property, and the ETag beside it.</summary>
/// <param name="Json">The JSON text as written by <see cref="StorageJson.Serialize"/>.</param>
/// <param name="ETag">The ETag the provider reports for this version.</param>
public sealed record StoredJson(string Json, string ETag);
