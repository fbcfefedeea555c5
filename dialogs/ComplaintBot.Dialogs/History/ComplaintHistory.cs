namespace ComplaintBot.Dialogs.History;

/// <summary>The complaints one user confirmed, newest first.</summary>
public sealed class ComplaintHistory
{
    /// <summary>How many complaints are kept per user; the oldest goes when a new one would exceed it.</summary>
    public const int MaxItems = 20;

    /// <summary>Gets or sets the complaints, newest first.</summary>
    public List<SavedComplaint> Items { get; set; } = [];

    /// <summary>Adds a complaint at the front, replacing one with the same id, and drops the oldest beyond <see cref="MaxItems"/>.</summary>
    /// <param name="complaint">The confirmed complaint.</param>
    public void Add(SavedComplaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        Items.RemoveAll(item => item.Id == complaint.Id);
        Items.Insert(0, complaint);
        if (Items.Count > MaxItems)
        {
            Items.RemoveRange(MaxItems, Items.Count - MaxItems);
        }
    }
}
