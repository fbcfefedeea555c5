using ComplaintBot.Bot.Turns;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Bot.State;

/// <summary>
/// Conversation state kept by a <see cref="TypedStateStore"/>: the SDK's <see cref="ConversationState"/> (same keys,
/// accessors with the same semantics, usable wherever one is expected) without its per-turn JSON round trips.
/// </summary>
public sealed class TypedConversationState : ConversationState, IPropertyManager
{
    /// <summary>Initializes a new instance of the <see cref="TypedConversationState"/> class.</summary>
    /// <param name="storage">The storage, with conditional writes.</param>
    /// <param name="logger">The store's logger.</param>
    /// <param name="reuse">What a turn does with the objects the conversation's last turn committed here.</param>
    public TypedConversationState(ConcurrencyCheckedStorage storage, ILogger<TypedStateStore> logger, CommittedStateReuse reuse = CommittedStateReuse.WhenStorageMatches)
        : base(storage)
    {
        // The SDK's accessors look for this state in the turn state under the name of its class.
        Store = new TypedStateStore(storage, nameof(ConversationState), "cb.conv", GetStorageKey, logger, reuse);
    }

    /// <summary>Gets the store that keeps this state.</summary>
    public TypedStateStore Store { get; }

    /// <summary>Creates an accessor for a property, the store's own: the SDK accessor's semantics with
    /// cheaper turn-state lookups (see <see cref="TypedStatePropertyAccessor{T}"/>).</summary>
    /// <typeparam name="T">The property's type.</typeparam>
    /// <param name="name">The property's name.</param>
    /// <returns>The accessor.</returns>
    /// <remarks>The SDK's method is not virtual: code that holds this state as a <see cref="BotState"/> reaches this
    /// one through <see cref="IPropertyManager"/>, which this class implements again.</remarks>
    public new IStatePropertyAccessor<T> CreateProperty<T>(string name) => Store.CreateProperty<T>(name);

    /// <inheritdoc />
    IStatePropertyAccessor<T> IPropertyManager.CreateProperty<T>(string name) => Store.CreateProperty<T>(name);

    /// <inheritdoc />
    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        Store.LoadAsync(turnContext, force, cancellationToken);

    /// <inheritdoc />
    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        Store.SaveChangesAsync(turnContext, force, cancellationToken);

    /// <inheritdoc />
    public override Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        Store.ClearAsync(turnContext);

    /// <inheritdoc />
    public override Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) =>
        Store.DeleteAsync(turnContext, cancellationToken);
}
