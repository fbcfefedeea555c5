namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>A token of an utterance.</summary>
public sealed class Token
{
    /// <summary>Gets or sets the start character index.</summary>
    /// <value>The index.</value>
    public int Start { get; set; }

    /// <summary>Gets or sets the end character index (inclusive).</summary>
    /// <value>The index.</value>
    public int End { get; set; }

    /// <summary>Gets or sets the original text.</summary>
    /// <value>The text.</value>
    public string Text { get; set; } = string.Empty;

    /// <summary>Gets or sets the text used for matching (lower case, full-width forms folded to ASCII).</summary>
    /// <value>The normalized text.</value>
    public string Normalized { get; set; } = string.Empty;
}
