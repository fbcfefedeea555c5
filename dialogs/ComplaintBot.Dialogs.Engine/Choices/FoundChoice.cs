namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>The choice a user picked.</summary>
public sealed class FoundChoice
{
    /// <summary>Gets or sets the picked choice's value.</summary>
    /// <value>The value.</value>
    public string Value { get; set; } = string.Empty;

    /// <summary>Gets or sets the 0-based index of the choice in the offered list.</summary>
    /// <value>The index.</value>
    public int Index { get; set; }

    /// <summary>Gets or sets how well the utterance matched (0..1).</summary>
    /// <value>The score.</value>
    public float Score { get; set; }

    /// <summary>Gets or sets the value, title or synonym that matched, if any.</summary>
    /// <value>The matched text, or null for ordinal and number picks.</value>
    public string? Synonym { get; set; }
}
