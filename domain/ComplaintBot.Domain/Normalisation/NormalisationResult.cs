namespace ComplaintBot.Domain.Normalisation;

/// <summary>The outcome of normalising one answer: a value, or a refusal with a localized explanation.</summary>
/// <typeparam name="T">The normalised value's type.</typeparam>
public sealed record NormalisationResult<T>
    where T : class
{
    /// <summary>Gets the value when the input was accepted.</summary>
    public T? Value { get; init; }

    /// <summary>Gets a stable error code (see <see cref="NormalisationErrors"/>) when the input was refused.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Gets the localized explanation of a refusal, or a note to show with an accepted value.</summary>
    public string? Message { get; init; }

    /// <summary>Gets a value indicating whether the value was accepted but should be read back to the user.</summary>
    public bool NeedsConfirmation { get; init; }

    /// <summary>Gets a value indicating whether the input was accepted.</summary>
    public bool IsSuccess => Value is not null;

    /// <summary>An accepted value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="needsConfirmation">Whether to read it back to the user.</param>
    /// <param name="note">A localized note to show with it.</param>
    /// <returns>The result.</returns>
    internal static NormalisationResult<T> Success(T value, bool needsConfirmation = false, string? note = null) =>
        new() { Value = value, NeedsConfirmation = needsConfirmation, Message = note };

    /// <summary>A refusal.</summary>
    /// <param name="errorCode">The stable code.</param>
    /// <param name="message">The localized explanation.</param>
    /// <returns>The result.</returns>
    internal static NormalisationResult<T> Failure(string errorCode, string message) =>
        new() { ErrorCode = errorCode, Message = message };
}
