namespace ComplaintBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt recognized in the user's answer.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class PromptRecognizerResult<T>
{
    /// <summary>Gets or sets a value indicating whether a value was recognized.</summary>
    /// <value>True when <see cref="Value"/> is set.</value>
    public bool Succeeded { get; set; }

    /// <summary>Gets or sets the recognized value.</summary>
    /// <value>The value, or default.</value>
    public T Value { get; set; } = default!;

    /// <summary>Gets or sets a value indicating whether interruptions may take the input (parity only).</summary>
    /// <value>False by default.</value>
    public bool AllowInterruption { get; set; }
}
