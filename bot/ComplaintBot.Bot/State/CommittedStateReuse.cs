namespace ComplaintBot.Bot.State;

/// <summary>What a <see cref="TypedStateStore"/> does with the objects a scope's last turn committed.</summary>
public enum CommittedStateReuse
{
    /// <summary>Nothing: every turn reads its state from storage into new objects.</summary>
    None,

    /// <summary>Every turn reads its state from storage, and takes over the committed objects when the stored text
    /// is still what they were written as.</summary>
    WhenStorageMatches,

    /// <summary>A turn that follows this instance's own commit starts from it without reading storage. The commit
    /// is conditional on the version written, so a change made meanwhile by anything else fails it, and the turn
    /// runs again from storage: right for a store this instance has to itself (or that its conversations stick to),
    /// a rerun per turn for conversations that move between instances.</summary>
    InsteadOfRead,
}
