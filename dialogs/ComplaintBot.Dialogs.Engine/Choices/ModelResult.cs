namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>A recognized span of an utterance.</summary>
/// <typeparam name="T">The resolution type.</typeparam>
public sealed class ModelResult<T>
{
    /// <summary>Gets or sets the matched text.</summary>
    /// <value>The text.</value>
    public string Text { get; set; } = string.Empty;

    /// <summary>Gets or sets the start character index.</summary>
    /// <value>The index.</value>
    public int Start { get; set; }

    /// <summary>Gets or sets the end character index (inclusive).</summary>
    /// <value>The index.</value>
    public int End { get; set; }

    /// <summary>Gets or sets the kind of match ("choice", "ordinal", "number").</summary>
    /// <value>The type name.</value>
    public string TypeName { get; set; } = string.Empty;

    /// <summary>Gets or sets the resolution.</summary>
    /// <value>The resolved value.</value>
    public T Resolution { get; set; } = default!;
}
