using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.History;

/// <summary>
/// Completed complaints per user, kept in user state (storage key <c>{channelId}/users/{userId}</c>), so they
/// outlive the conversation and follow the user into a new one on the same channel.
/// </summary>
public sealed class ComplaintHistoryStore
{
    /// <summary>The user-state property holding <see cref="ComplaintHistory"/>.</summary>
    public const string Property = "ComplaintHistory";

    private readonly UserState _userState;
    private readonly IStatePropertyAccessor<ComplaintHistory> _history;

    /// <summary>Initializes a new instance of the <see cref="ComplaintHistoryStore"/> class.</summary>
    /// <param name="userState">The user state.</param>
    public ComplaintHistoryStore(UserState userState)
    {
        ArgumentNullException.ThrowIfNull(userState);
        _userState = userState;
        _history = userState.CreateAccessor<ComplaintHistory>(Property);
    }

    /// <summary>Gets the user's history (empty when there is none).</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The history; changes are saved with the user state at the end of the turn.</returns>
    public async Task<ComplaintHistory> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var history = await _history.GetAsync(turnContext, () => new ComplaintHistory(), cancellationToken).ConfigureAwait(false);

        // Pinned in the turn's cache, so changes to this instance are what the end of the turn saves.
        await _history.SetAsync(turnContext, history, cancellationToken).ConfigureAwait(false);
        return history;
    }

    /// <summary>Deletes the user's history from storage now.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    /// <returns>A task.</returns>
    public Task DeleteAllAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _userState.DeleteAsync(turnContext, cancellationToken);
}
