using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.State;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// The context a waterfall step runs in. It shares the waterfall's stack and parent, so prompting, beginning,
/// ending or replacing from a step acts on the waterfall's level.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, DialogValues values, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _waterfall = waterfall;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>Gets the step's 0-based index.</summary>
    /// <value>The index.</value>
    public int Index { get; }

    /// <summary>Gets the options the waterfall was begun with, in JSON form (a JObject for objects).</summary>
    /// <value>Use <see cref="GetOptions{T}"/> for a typed copy.</value>
    public object? Options { get; }

    /// <summary>Gets why the step runs.</summary>
    /// <value>The reason.</value>
    public DialogReason Reason { get; }

    /// <summary>Gets the previous step's outcome: a prompt's value, a child's result, a NextAsync argument or the message text.</summary>
    /// <value>The result, or a <see cref="PromptGaveUpResult"/> when a prompt ran out of attempts.</value>
    public object? Result { get; }

    /// <summary>Gets the persisted scratch pad shared by all steps of this waterfall instance.</summary>
    /// <value>The values; read them back with <see cref="DialogValues.GetValue{T}(string)"/>.</value>
    public DialogValues Values { get; }

    /// <summary>Gets a value indicating whether the previous step's prompt gave up after its maximum attempts.</summary>
    /// <value>True when <see cref="Result"/> is a <see cref="PromptGaveUpResult"/>.</value>
    public bool PromptGaveUp => Result is PromptGaveUpResult;

    /// <summary>Gets a typed copy of the begin options.</summary>
    /// <typeparam name="T">The options type.</typeparam>
    /// <returns>The options, or default when absent or not convertible.</returns>
    public T? GetOptions<T>() => StateJson.TryConvert<T>(Options, out var value) ? value : default;

    /// <summary>Gets the result converted to <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The wanted type.</typeparam>
    /// <returns>The result, or default when absent or not convertible.</returns>
    public T? GetResult<T>() => StateJson.TryConvert<T>(Result, out var value) ? value : default;

    /// <summary>Skips to the next step with the given result. May be called once per step.</summary>
    /// <param name="result">The next step's <see cref="Result"/>.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    /// <exception cref="InvalidOperationException">Called twice in the same step.</exception>
    public async Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        try
        {
            Dialog.GuardNotToken(result, nameof(result));
            if (_nextCalled)
            {
                throw new InvalidOperationException($"WaterfallStepContext.NextAsync(): already called for step {Index} of '{_waterfall.Id}'.");
            }

            _nextCalled = true;
            return await _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DialogExceptionData.Attach(ex, this))
        {
            throw;
        }
    }
}
