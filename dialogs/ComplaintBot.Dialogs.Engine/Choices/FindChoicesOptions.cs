namespace ComplaintBot.Dialogs.Engine.Choices;

/// <summary>Options for recognizing choices.</summary>
public sealed class FindChoicesOptions : FindValuesOptions
{
    /// <summary>Gets or sets a value indicating whether choice values are not searched.</summary>
    /// <value>False by default.</value>
    public bool NoValue { get; set; }

    /// <summary>Gets or sets a value indicating whether action titles are not searched.</summary>
    /// <value>False by default.</value>
    public bool NoAction { get; set; }

    /// <summary>Gets or sets a value indicating whether numbers ("2") pick the n-th choice.</summary>
    /// <value>True by default.</value>
    public bool RecognizeNumbers { get; set; } = true;

    /// <summary>Gets or sets a value indicating whether ordinals ("第二个", "the second one", "last") pick a choice.</summary>
    /// <value>True by default.</value>
    public bool RecognizeOrdinals { get; set; } = true;
}
