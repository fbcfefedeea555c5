namespace ComplaintBot.Dialogs.Engine;

/// <summary>An event travelling through the dialog tree.</summary>
public sealed class DialogEvent
{
    /// <summary>Gets or sets a value indicating whether the event bubbles to parent contexts.</summary>
    /// <value>True to bubble.</value>
    public bool Bubble { get; set; }

    /// <summary>Gets or sets the event name (see <see cref="DialogEvents"/>).</summary>
    /// <value>The name.</value>
    public string Name { get; set; } = string.Empty;

    /// <summary>Gets or sets the event payload.</summary>
    /// <value>Any value, or null.</value>
    public object? Value { get; set; }
}
