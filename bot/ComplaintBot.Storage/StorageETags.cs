namespace ComplaintBot.Storage;

/// <summary>The ETag rules shared by all providers (see <see cref="Memory.JsonMemoryStorage"/>).</summary>
internal static class StorageETags
{
    /// <summary>The ETag that means "overwrite whatever is stored".</summary>
    internal const string Any = "*";

    /// <summary>Whether a write with this ETag must match the stored one.</summary>
    /// <param name="eTag">The ETag of the <see cref="Microsoft.Bot.Builder.IStoreItem"/> being written, or null for a plain object.</param>
    /// <returns>False for null, empty and <c>*</c>: those overwrite.</returns>
    internal static bool IsConditional(string? eTag) => !string.IsNullOrEmpty(eTag) && eTag != Any;
}
