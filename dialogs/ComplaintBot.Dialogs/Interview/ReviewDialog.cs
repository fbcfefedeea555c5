using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Interruptions;
using ComplaintBot.Dialogs.History;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Documents;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// The review: the summary card, then what the user does with it. Confirm saves the complaint for the user and
/// ends with the next steps; an edit button forgets that section's answers so only it is asked again before
/// coming back here; "add evidence" reopens the evidence step; "start over" asks for confirmation first.
/// </summary>
public sealed class ReviewDialog : InterviewDialogBase
{
    /// <summary>The result when the user confirmed and the complaint was saved.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>The result when answers were reopened and the interview must run again up to here.</summary>
    public const string Reopened = "reopened";

    private const string FlowId = nameof(ReviewDialog) + ".flow";
    private const string NoCardAgain = "noCard";
    private const string Silent = "silent";

    private static readonly Dictionary<string, string> TypedActions = new(StringComparer.Ordinal)
    {
        ["确认"] = CardActions.Confirm, ["确认提交"] = CardActions.Confirm, ["提交"] = CardActions.Confirm, ["确定"] = CardActions.Confirm,
        ["confirm"] = CardActions.Confirm, ["submit"] = CardActions.Confirm, ["looks good"] = CardActions.Confirm,
        ["修改订单"] = CardActions.EditOrder, ["edit order"] = CardActions.EditOrder,
        ["修改问题"] = CardActions.EditProblem, ["edit problem"] = CardActions.EditProblem,
        ["修改诉求"] = CardActions.EditOutcome, ["edit outcome"] = CardActions.EditOutcome, ["edit demand"] = CardActions.EditOutcome,
        ["补充证据"] = CardActions.AddEvidence, ["添加证据"] = CardActions.AddEvidence, ["add evidence"] = CardActions.AddEvidence,
    };

    /// <summary>Initializes a new instance of the <see cref="ReviewDialog"/> class.</summary>
    /// <param name="services">The interview services.</param>
    public ReviewDialog(InterviewServices services)
        : base(nameof(ReviewDialog), services)
    {
        AddDialog(new WaterfallDialog(FlowId, [ShowStepAsync, ActStepAsync]));
        InitialDialogId = FlowId;
    }

    /// <inheritdoc />
    protected override async Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        // The waterfall has no prompt to repeat: say again what can be done with the card.
        var state = await Services.LoadAsync(turnContext, cancellationToken).ConfigureAwait(false);
        await turnContext.SendActivityAsync(QuestionMessages.Hinted(InterviewStep.Review, Services.Text.Get(state.Locale, "review.howTo")), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ShowStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await Services.LoadAsync(step.Context, cancellationToken).ConfigureAwait(false);
        state.PendingStep = InterviewStep.Review;
        var mode = step.GetOptions<string>();
        if (mode != Silent)
        {
            var activity = mode == NoCardAgain
                ? QuestionMessages.Hinted(InterviewStep.Review, Services.Text.Get(state.Locale, "review.howTo"))
                : SummaryMessage.Create(Services.Documents.Build(state.Draft!), Services.Cards, Services.Text);
            await step.Context.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await Services.LoadAsync(step.Context, cancellationToken).ConfigureAwait(false);
        switch (ActionOf(step))
        {
            case CardActions.Confirm:
                await ConfirmAsync(step.Context, state, cancellationToken).ConfigureAwait(false);
                return await step.EndDialogAsync(Confirmed, cancellationToken).ConfigureAwait(false);
            case CardActions.EditOrder:
                return await ReopenAsync(step, state, InterviewSection.Order, cancellationToken).ConfigureAwait(false);
            case CardActions.EditProblem:
                return await ReopenAsync(step, state, InterviewSection.Problem, cancellationToken).ConfigureAwait(false);
            case CardActions.EditOutcome:
                return await ReopenAsync(step, state, InterviewSection.Outcome, cancellationToken).ConfigureAwait(false);
            case CardActions.AddEvidence:
                state.EvidenceDone = false;
                state.Skipped.Remove(InterviewStep.Evidence);
                return await step.EndDialogAsync(Reopened, cancellationToken).ConfigureAwait(false);
            case CardActions.StartOver:
                state.Pending = PendingConfirmation.Restart;
                await step.Context.SendActivityAsync(InterruptionHandler.Confirmation(state, Services.Text.Get(state.Locale, "restart.confirm")), cancellationToken).ConfigureAwait(false);
                return await step.ReplaceDialogAsync(FlowId, Silent, cancellationToken).ConfigureAwait(false);
            default:
                return await step.ReplaceDialogAsync(FlowId, NoCardAgain, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task ConfirmAsync(ITurnContext context, InterviewState state, CancellationToken cancellationToken)
    {
        var draft = state.Draft!;
        var completion = draft.Complete(Services.TimeProvider);
        var complaint = completion.Complaint ?? throw new InvalidOperationException("The review is reached only when every required answer is known.");
        var document = Services.Documents.Build(complaint);
        var history = await Services.History.GetAsync(context, cancellationToken).ConfigureAwait(false);
        history.Add(new SavedComplaint
        {
            Id = complaint.Id,
            CompletedAt = complaint.CompletedAt,
            Item = draft.Order.Item,
            ProblemType = Keys.Of(complaint.ProblemType),
            OutcomeType = Keys.Of(complaint.OutcomeType),
            DocumentJson = ComplaintJson.Serialize(document),
        });

        // The document's next steps: the same plan for the same draft, already made (with the review it needs).
        var steps = string.Join("\n", document.NextSteps.Select((text, index) => $"{index + 1}. {text}"));
        var followUp = document.FollowUpDate ?? throw new InvalidOperationException("A built document always has a follow-up date.");
        var done = Services.Text.Get(state.Locale, "review.confirmed", complaint.Id, steps, Localization.DateText.Format(followUp, state.Locale));
        await context.SendActivityAsync(MessageFactory.Text(done), cancellationToken).ConfigureAwait(false);

        // A finished interview leaves nothing behind in conversation state.
        await Services.ClearAsync(context, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<DialogTurnResult> ReopenAsync(WaterfallStepContext step, InterviewState state, InterviewSection section, CancellationToken cancellationToken)
    {
        InterviewAnswers.ClearSection(state, section);
        return await step.EndDialogAsync(Reopened, cancellationToken).ConfigureAwait(false);
    }

    private static string? ActionOf(WaterfallStepContext step)
    {
        if (step.Result is JObject value && value[CardActions.ActionProperty]?.Type == JTokenType.String)
        {
            return (string?)value[CardActions.ActionProperty];
        }

        var text = step.Context.Activity.Text?.Trim().TrimEnd('。', '.', '!', '！').ToLowerInvariant();
        return text is not null && TypedActions.TryGetValue(text, out var action) ? action : null;
    }
}
