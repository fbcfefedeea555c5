using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.Turns;

/// <summary>
/// Conversation state whose forced save writes the cached state as it is, without the SDK's change detection.
/// </summary>
/// <remarks>
/// <para>The SDK decides whether state changed by serializing all of it to JSON and comparing with the JSON of
/// what was loaded; after writing it serializes it once more to remember the new "clean" state. Together with the
/// write itself that is three serializations of the whole state per turn, and they were the largest single cost
/// of saving. <see cref="ExactlyOnceTurnRunner"/> knows better: it records every committed activity in the state's
/// <see cref="TurnLedger"/>, so the state has changed on every turn it commits, and it forces the save.</para>
/// <para>A forced save here serializes once (in the storage) and leaves the cache as it was: state is committed
/// once per turn, and a second save in the same turn would carry the ETag of the load and be refused by
/// <see cref="ConcurrencyCheckedStorage"/> anyway. An unforced save is the SDK's, unchanged.</para>
/// </remarks>
public sealed class ConversationStateWithoutHashing : ConversationState
{
    private readonly IStorage _storage;

    /// <summary>Initializes a new instance of the <see cref="ConversationStateWithoutHashing"/> class.</summary>
    /// <param name="storage">The storage, as for <see cref="ConversationState"/>.</param>
    public ConversationStateWithoutHashing(IStorage storage)
        : base(storage)
    {
        _storage = storage;
    }

    /// <inheritdoc />
    public override async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force)
        {
            await base.SaveChangesAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (GetCachedState(turnContext) is { } cached)
        {
            var changes = new Dictionary<string, object>(1, StringComparer.Ordinal) { [GetStorageKey(turnContext)] = cached.State };
            await _storage.WriteAsync(changes, cancellationToken).ConfigureAwait(false);
        }
    }
}
