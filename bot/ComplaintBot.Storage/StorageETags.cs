using Microsoft.Bot.Builder;

namespace ComplaintBot.Storage;

/// <summary>
/// The ETag rules shared by all providers: what the <see cref="IStoreItem.ETag"/> of a written value asks of the
/// item already stored under its key.
/// </summary>
/// <remarks>
/// <para>The Bot Framework rules are kept as they are: a plain object, or an <see cref="IStoreItem"/> whose ETag is
/// null, empty or <c>*</c>, overwrites whatever is stored; any other ETag must equal the stored one, otherwise the
/// write fails with <see cref="StorageConcurrencyException"/>.</para>
/// <para>One addition: an <see cref="IStoreItem"/> whose ETag is <see cref="CreateOnly"/> is written only if the key
/// does not exist yet, decided atomically by the provider, so of several writers creating one key exactly one
/// succeeds and the others get <see cref="StorageConcurrencyException"/>. The sentinel is never stored: a read
/// returns the new ETag the write was given, like after any other write.</para>
/// </remarks>
public static class StorageETags
{
    /// <summary>
    /// The ETag that means "write only if the key does not exist": the item is created, never overwritten.
    /// </summary>
    /// <remarks>
    /// No provider ever hands out this value as a stored ETag (they use counters, GUIDs or the Blob service's
    /// quoted ETags), so it cannot be mistaken for one.
    /// </remarks>
    public const string CreateOnly = "!create-only";

    /// <summary>The ETag that means "overwrite whatever is stored".</summary>
    internal const string Any = "*";

    /// <summary>Whether a write with this ETag must match the stored one.</summary>
    /// <param name="eTag">The ETag of the <see cref="IStoreItem"/> being written, or null for a plain object.</param>
    /// <returns>False for null, empty and <c>*</c> (those overwrite) and for <see cref="CreateOnly"/>.</returns>
    internal static bool IsConditional(string? eTag) => !string.IsNullOrEmpty(eTag) && eTag != Any && eTag != CreateOnly;

    /// <summary>The stored ETag a value may only replace, if any.</summary>
    /// <param name="value">A value being written.</param>
    /// <returns>The ETag to match, or null when the value overwrites or is create-only.</returns>
    internal static string? ExpectedETag(object? value) =>
        value is IStoreItem item && IsConditional(item.ETag) ? item.ETag : null;

    /// <summary>Whether a value may only be written where its key does not exist yet.</summary>
    /// <param name="value">A value being written.</param>
    /// <returns>True for an <see cref="IStoreItem"/> whose ETag is <see cref="CreateOnly"/>.</returns>
    internal static bool IsCreateOnly(object? value) => value is IStoreItem { ETag: CreateOnly };
}
