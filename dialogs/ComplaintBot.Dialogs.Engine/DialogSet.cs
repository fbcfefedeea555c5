using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>A registry of dialogs with unique ids; the root set also knows where the stack is stored.</summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private string? _version;

    /// <summary>Initializes a new instance of the <see cref="DialogSet"/> class for a root stack.</summary>
    /// <param name="dialogState">The accessor of the conversation-state property holding the stack.</param>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>Initializes a new instance of the <see cref="DialogSet"/> class for a container's children.</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog. Adding the same instance twice is a no-op.</summary>
    /// <param name="dialog">The dialog.</param>
    /// <returns>This set, for chaining.</returns>
    /// <exception cref="ArgumentException">A different dialog already uses the id (Bot Framework would silently rename it).</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentException.ThrowIfNullOrWhiteSpace(dialog.Id, nameof(dialog));
        if (_dialogs.TryGetValue(dialog.Id, out var existing))
        {
            if (ReferenceEquals(existing, dialog))
            {
                return this;
            }

            throw new ArgumentException($"DialogSet.Add(): a different dialog with the id '{dialog.Id}' is already registered; dialog ids must be unique.", nameof(dialog));
        }

        _dialogs.Add(dialog.Id, dialog);
        _version = null;
        return this;
    }

    /// <summary>Loads the stack for this turn and returns a context over it.</summary>
    /// <param name="turnContext">The turn.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The root dialog context.</returns>
    /// <exception cref="InvalidOperationException">The set was created without a state accessor.</exception>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("DialogSet.CreateContextAsync(): this set has no state accessor; create it with DialogSet(IStatePropertyAccessor<DialogState>).");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false) ?? new DialogState();

        // Bot state converts stored JSON to a new object on every read; storing the typed object back makes the
        // stack we mutate the one that gets saved.
        await _dialogState.SetAsync(turnContext, state, cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }

    /// <summary>Finds a dialog by id.</summary>
    /// <param name="dialogId">The id.</param>
    /// <returns>The dialog, or null.</returns>
    public Dialog? Find(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    /// <summary>Gets the registered dialogs.</summary>
    /// <returns>The dialogs in registration order.</returns>
    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>Gets a hash over the versions of all registered dialogs.</summary>
    /// <returns>A hex string.</returns>
    public string GetVersion()
    {
        if (_version is null)
        {
            var all = new StringBuilder();
            foreach (var dialog in _dialogs.Values)
            {
                all.Append(dialog.GetVersion()).Append('\n');
            }

            _version = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString()))).ToLower(CultureInfo.InvariantCulture);
        }

        return _version;
    }
}
