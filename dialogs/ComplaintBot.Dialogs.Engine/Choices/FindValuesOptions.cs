namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>Options for matching values inside an utterance.</summary>
public class FindValuesOptions
{
    /// <summary>Gets or sets a value indicating whether a value matches when only some of its tokens were found.</summary>
    /// <value>False by default.</value>
    public bool AllowPartialMatches { get; set; }

    /// <summary>Gets or sets the locale used for ordinal and number recognition.</summary>
    /// <value>Null for English.</value>
    public string? Locale { get; set; }

    /// <summary>Gets or sets how many utterance tokens may be skipped between two tokens of a value.</summary>
    /// <value>Null for the default, 2.</value>
    public int? MaxTokenDistance { get; set; }

    /// <summary>Gets or sets the tokenizer.</summary>
    /// <value>Null for <see cref="Tokenizer.DefaultTokenizer"/>.</value>
    public TokenizerFunction? Tokenizer { get; set; }
}
