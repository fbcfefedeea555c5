using ComplaintBot.Dialogs.Engine.State;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>A dialog made of steps run one after another; each step's outcome feeds the next.</summary>
/// <remarks>
/// Persisted state (keys as in Bot Framework): <c>options</c> (the begin options in JSON form), <c>values</c>
/// (a <see cref="DialogValues"/>), <c>instanceId</c> and <c>stepIndex</c>. Non-message activities never advance
/// the waterfall.
/// </remarks>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string InstanceIdKey = "instanceId";
    private const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    /// <summary>Initializes a new instance of the <see cref="WaterfallDialog"/> class.</summary>
    /// <param name="dialogId">The dialog id.</param>
    /// <param name="actions">The steps.</param>
    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? actions = null)
        : base(dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        _steps = actions?.ToList() ?? [];
        if (_steps.Any(s => s is null))
        {
            throw new ArgumentException("Waterfall steps cannot be null.", nameof(actions));
        }
    }

    /// <summary>Gets the number of steps.</summary>
    /// <value>The step count.</value>
    public int StepCount => _steps.Count;

    /// <summary>Appends a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>This waterfall, for chaining.</returns>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    /// <inheritdoc />
    public override string GetVersion() => $"{Id}:{_steps.Count}";

    /// <inheritdoc />
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        GuardNotToken(options, nameof(options));
        var state = ActiveInstance(dc).State;
        state[OptionsKey] = StateJson.Normalize(options);
        state[ValuesKey] = new DialogValues();
        state[InstanceIdKey] = Guid.NewGuid().ToString();
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Continues after a step ended the turn without starting a child: the message text (or, for a card
    /// submit without text, its value) becomes the next step's result. Other activity types are ignored.</summary>
    /// <param name="dc">The context.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        if (activity?.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var result = activity.Text ?? StateJson.Normalize(activity.Value);
        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        GuardNotToken(result, nameof(result));
        var index = ActiveInstance(dc).GetStateValue<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs one step; override to observe steps (telemetry).</summary>
    /// <param name="stepContext">The step context.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The step's result.</returns>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    /// <summary>Runs step <paramref name="index"/>, or ends the waterfall with <paramref name="result"/> after the last step.</summary>
    /// <param name="dc">The context.</param>
    /// <param name="index">The step index.</param>
    /// <param name="reason">Why the step runs.</param>
    /// <param name="result">The previous step's outcome.</param>
    /// <param name="cancellationToken">Cancellation token.</param>
    /// <returns>The turn result.</returns>
    protected async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (index < 0)
        {
            throw new InvalidOperationException($"Waterfall '{Id}' has a corrupt step index ({index}).");
        }

        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var instance = ActiveInstance(dc);
        instance.State[StepIndexKey] = index;
        var values = instance.GetStateValue<DialogValues>(ValuesKey);
        if (values is null)
        {
            values = [];
            instance.State[ValuesKey] = values;
        }

        instance.State.TryGetValue(OptionsKey, out var raw);
        var options = raw is JToken token ? StateJson.Unwrap(token) : raw;
        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }

    private DialogInstance ActiveInstance(DialogContext dc) =>
        dc.ActiveDialog ?? throw new InvalidOperationException($"Waterfall '{Id}' has no active instance on the stack.");
}
