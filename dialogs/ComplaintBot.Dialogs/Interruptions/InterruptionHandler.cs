using ComplaintBot.Dialogs.Attachments;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Engine.Recognition;
using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Interruptions;

/// <summary>What each interruption and each pending confirmation does. Used by <see cref="InterviewDialogBase"/>.</summary>
internal sealed class InterruptionHandler(InterviewServices services, FactSummary facts)
{
    public async Task<DialogTurnResult> HandleAsync(
        DialogContext innerDc,
        InterviewState state,
        Interruption interruption,
        Func<DialogContext, CancellationToken, Task<DialogTurnResult>> restartFlow,
        CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var locale = state.Locale;
        switch (interruption)
        {
            case Interruption.Help:
                await context.SendActivityAsync(HelpCard(state), cancellationToken).ConfigureAwait(false);
                return await RepromptAsync(innerDc, cancellationToken).ConfigureAwait(false);

            case Interruption.Status:
                await SendAsync(context, StatusText(state), cancellationToken).ConfigureAwait(false);
                return await RepromptAsync(innerDc, cancellationToken).ConfigureAwait(false);

            case Interruption.MyComplaints:
                await SendAsync(context, await ComplaintListAsync(context, state, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                return await RepromptAsync(innerDc, cancellationToken).ConfigureAwait(false);

            case Interruption.SwitchToEnglish:
            case Interruption.SwitchToChinese:
                SwitchLanguage(state, interruption);
                await SendAsync(context, services.Text.Get(state.Locale, "language.switched"), cancellationToken).ConfigureAwait(false);
                return await restartFlow(innerDc, cancellationToken).ConfigureAwait(false);

            case Interruption.Back:
                if (PreviousStep(state) is not { } previous)
                {
                    await SendAsync(context, services.Text.Get(locale, "back.atStart"), cancellationToken).ConfigureAwait(false);
                    return await RepromptAsync(innerDc, cancellationToken).ConfigureAwait(false);
                }

                InterviewAnswers.Clear(state, previous);
                return await restartFlow(innerDc, cancellationToken).ConfigureAwait(false);

            case Interruption.Skip:
                var pending = state.PendingStep;
                if (pending is null || !InterviewQuestions.IsOptional(pending))
                {
                    await SendAsync(context, services.Text.Get(locale, "skip.notAllowed"), cancellationToken).ConfigureAwait(false);
                    return await RepromptAsync(innerDc, cancellationToken).ConfigureAwait(false);
                }

                if (pending == InterviewStep.OrderId)
                {
                    // Skipping the order number is "I don't know it": the complaint is flagged, the user told where to look.
                    state.Draft = state.Draft! with { Order = state.Draft.Order with { OrderIdUnknown = true } };
                    await SendAsync(context, services.Text.Get(locale, "order.orderId.unknown"), cancellationToken).ConfigureAwait(false);
                }
                else if (!state.IsSkipped(pending))
                {
                    state.Skipped.Add(pending);
                }

                return await restartFlow(innerDc, cancellationToken).ConfigureAwait(false);

            case Interruption.Cancel:
                return await AskConfirmationAsync(innerDc, state, PendingConfirmation.Cancel, "cancel.confirm", cancellationToken).ConfigureAwait(false);

            case Interruption.Restart:
                return await AskConfirmationAsync(innerDc, state, PendingConfirmation.Restart, "restart.confirm", cancellationToken).ConfigureAwait(false);

            case Interruption.DeleteMyData:
                return await AskConfirmationAsync(innerDc, state, PendingConfirmation.DeleteData, "delete.confirm", cancellationToken).ConfigureAwait(false);

            default:
                throw new ArgumentOutOfRangeException(nameof(interruption), interruption, null);
        }
    }

    /// <summary>
    /// An interruption as the first message of a conversation: "我的投诉" lists and starts nothing, "删除我的数据"
    /// asks for confirmation, help and language switches answer and then the interview starts.
    /// </summary>
    public async Task<DialogTurnResult?> OpenWithAsync(DialogContext dc, InterviewState state, Interruption interruption, CancellationToken cancellationToken)
    {
        var context = dc.Context;
        switch (interruption)
        {
            case Interruption.MyComplaints:
                await SendAsync(context, await ComplaintListAsync(context, state, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                await services.ClearAsync(context, cancellationToken).ConfigureAwait(false);
                return await dc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            case Interruption.DeleteMyData:
                return await AskConfirmationAsync(dc, state, PendingConfirmation.DeleteData, "delete.confirm", cancellationToken).ConfigureAwait(false);
            case Interruption.Help:
                await context.SendActivityAsync(HelpCard(state), cancellationToken).ConfigureAwait(false);
                return null;
            case Interruption.SwitchToEnglish:
            case Interruption.SwitchToChinese:
                SwitchLanguage(state, interruption);
                return null;
            default:
                return null;
        }
    }

    public async Task<DialogTurnResult> SettleAsync(
        DialogContext innerDc,
        InterviewState state,
        PendingConfirmation pending,
        Func<DialogContext, CancellationToken, Task<DialogTurnResult>> restartFlow,
        CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var text = context.Activity.Text;
        var answer = YesNoRecognizer.Recognize(text, state.Locale);
        if (answer is null)
        {
            // Another command instead of yes/no drops the question and is obeyed; anything else asks again.
            var interruption = InterruptionRecognizer.Recognize(text);
            if (interruption != Interruption.None)
            {
                state.Pending = null;
                RollBackFacts(state, pending);
                return await HandleAsync(innerDc, state, interruption, restartFlow, cancellationToken).ConfigureAwait(false);
            }

            await context.SendActivityAsync(Confirmation(state, services.Text.Get(state.Locale, "confirm.yesOrNo") + "\n\n" + ConfirmationQuestion(state, pending)), cancellationToken).ConfigureAwait(false);
            return Dialog.EndOfTurn;
        }

        state.Pending = null;
        var yes = answer.Value;
        switch (pending)
        {
            case PendingConfirmation.Facts:
                if (!yes)
                {
                    RollBackFacts(state, pending);
                    await SendAsync(context, services.Text.Get(state.Locale, "facts.rejected"), cancellationToken).ConfigureAwait(false);
                }

                state.DraftBeforeFacts = null;
                return await restartFlow(innerDc, cancellationToken).ConfigureAwait(false);

            case PendingConfirmation.Rewrite:
                state.RewriteAccepted = yes;
                if (!yes)
                {
                    state.Draft = state.Draft! with { Problem = state.Draft.Problem with { Description = null } };
                    await SendAsync(context, services.Text.Get(state.Locale, "rewrite.rejected"), cancellationToken).ConfigureAwait(false);
                }

                return await restartFlow(innerDc, cancellationToken).ConfigureAwait(false);

            case PendingConfirmation.Cancel when yes:
                await DiscardDraftAsync(context, state, cancellationToken).ConfigureAwait(false);
                await SendAsync(context, services.Text.Get(state.Locale, "cancel.done"), cancellationToken).ConfigureAwait(false);
                return await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);

            case PendingConfirmation.Restart when yes:
                await DiscardDraftAsync(context, state, cancellationToken).ConfigureAwait(false);
                var fresh = await services.LoadAsync(context, cancellationToken).ConfigureAwait(false);
                fresh.Locale = state.Locale;
                fresh.Started = true;
                await SendAsync(context, services.Text.Get(state.Locale, "restart.done"), cancellationToken).ConfigureAwait(false);
                return await restartFlow(innerDc, cancellationToken).ConfigureAwait(false);

            case PendingConfirmation.DeleteData when yes:
                await DeleteUserDataAsync(context, state, cancellationToken).ConfigureAwait(false);
                await SendAsync(context, services.Text.Get(state.Locale, "delete.done"), cancellationToken).ConfigureAwait(false);
                return await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);

            default:
                // "No" to cancel, restart or delete: nothing changes, the pending question comes back (or, when no
                // question was asked yet, the first one).
                await SendAsync(context, services.Text.Get(state.Locale, "confirm.kept"), cancellationToken).ConfigureAwait(false);
                return state.PendingStep is null
                    ? await restartFlow(innerDc, cancellationToken).ConfigureAwait(false)
                    : await RepromptAsync(innerDc, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Asks a yes/no question and holds the conversation on it until it is answered.</summary>
    public async Task<DialogTurnResult> AskConfirmationAsync(DialogContext innerDc, InterviewState state, PendingConfirmation pending, string questionKey, CancellationToken cancellationToken)
    {
        state.Pending = pending;
        await innerDc.Context.SendActivityAsync(Confirmation(state, services.Text.Get(state.Locale, questionKey)), cancellationToken).ConfigureAwait(false);
        return Dialog.EndOfTurn;
    }

    /// <summary>A yes/no question: the <c>confirm</c> step hint and 是/否 (yes/no) buttons.</summary>
    public static Activity Confirmation(InterviewState state, string question)
    {
        var activity = QuestionMessages.Hinted(InterviewStep.Confirm, question);
        var (yes, no) = ConfirmPrompt.DefaultChoices(state.Locale);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions =
            [
                new CardAction(ActionTypes.ImBack, yes.Value, value: yes.Value),
                new CardAction(ActionTypes.ImBack, no.Value, value: no.Value),
            ],
        };
        return activity;
    }

    private string ConfirmationQuestion(InterviewState state, PendingConfirmation pending) => pending switch
    {
        PendingConfirmation.Facts => services.Text.Get(state.Locale, "facts.confirm.short"),
        PendingConfirmation.Rewrite => services.Text.Get(state.Locale, "rewrite.confirm.short"),
        PendingConfirmation.Cancel => services.Text.Get(state.Locale, "cancel.confirm"),
        PendingConfirmation.Restart => services.Text.Get(state.Locale, "restart.confirm"),
        _ => services.Text.Get(state.Locale, "delete.confirm"),
    };

    private static void SwitchLanguage(InterviewState state, Interruption interruption)
    {
        state.Locale = interruption == Interruption.SwitchToEnglish ? LocaleMapper.English : LocaleMapper.Chinese;
        state.Draft = (state.Draft ?? new ComplaintDraft()) with { Locale = Locales.FromTag(state.Locale) };
    }

    private static void RollBackFacts(InterviewState state, PendingConfirmation pending)
    {
        if (pending == PendingConfirmation.Facts && state.DraftBeforeFacts is { } before)
        {
            state.Draft = before;
        }

        state.DraftBeforeFacts = null;
    }

    private static async Task<DialogTurnResult> RepromptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        return Dialog.EndOfTurn;
    }

    private static async Task SendAsync(ITurnContext context, string message, CancellationToken cancellationToken) =>
        await context.SendActivityAsync(MessageFactory.Text(message), cancellationToken).ConfigureAwait(false);

    private Activity HelpCard(InterviewState state)
    {
        var card = services.Cards.HelpObject(state.Locale, state.PendingStep);
        var activity = (Activity)MessageFactory.Attachment(CardAttachment.From(card));
        activity.Text = services.Text.Get(state.Locale, "help.intro");
        return activity;
    }

    private string StatusText(InterviewState state)
    {
        var today = services.Today;
        var known = facts.Describe(InterviewStep.All, state);
        var missing = InterviewStep.All
            .Where(step => step != InterviewStep.Review && InterviewQuestions.IsOpen(step, state, today))
            .Select(step => services.Text.Get(state.Locale, "label." + step))
            .ToList();
        var separator = services.Text.Get(state.Locale, "list.separator");
        return services.Text.Get(
            state.Locale,
            "status.text",
            known.Count == 0 ? services.Text.Get(state.Locale, "status.nothingYet") : string.Join("\n", known.Select(k => "• " + k)),
            missing.Count == 0 ? services.Text.Get(state.Locale, "status.nothingMissing") : string.Join(separator, missing));
    }

    private async Task<string> ComplaintListAsync(ITurnContext context, InterviewState state, CancellationToken cancellationToken)
    {
        var history = await services.History.GetAsync(context, cancellationToken).ConfigureAwait(false);
        if (history.Items.Count == 0)
        {
            return services.Text.Get(state.Locale, "history.empty");
        }

        var timeZone = services.Rules.ResolveTimeZone();
        var language = Locales.FromTag(state.Locale);
        var lines = history.Items.Select((item, index) => services.Text.Get(
            state.Locale,
            "history.item",
            index + 1,
            Localization.DateText.Format(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(item.CompletedAt, timeZone).DateTime), state.Locale),
            item.Item ?? "-",
            Keys.Parse<ProblemType>(item.ProblemType) is { } type ? ComplaintCatalogue.Default.Problem(type).Name.Get(language) : item.ProblemType,
            item.Id));
        return services.Text.Get(state.Locale, "history.title", history.Items.Count) + "\n" + string.Join("\n", lines);
    }

    private async Task DiscardDraftAsync(ITurnContext context, InterviewState state, CancellationToken cancellationToken)
    {
        if (state.Draft?.Id is { } draftId && state.Draft.Evidence.Count > 0)
        {
            await services.Evidence.DeleteAsync(draftId, cancellationToken).ConfigureAwait(false);
        }

        await services.ClearAsync(context, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteUserDataAsync(ITurnContext context, InterviewState state, CancellationToken cancellationToken)
    {
        var history = await services.History.GetAsync(context, cancellationToken).ConfigureAwait(false);
        foreach (var complaint in history.Items)
        {
            await services.Evidence.DeleteAsync(complaint.Id, cancellationToken).ConfigureAwait(false);
        }

        await services.History.DeleteAllAsync(context, cancellationToken).ConfigureAwait(false);
        await DiscardDraftAsync(context, state, cancellationToken).ConfigureAwait(false);
    }

    private static string? PreviousStep(InterviewState state)
    {
        var pending = state.PendingStep is { } step ? InterviewStep.IndexOf(step) : InterviewStep.All.Count;
        for (var index = pending - 2; index >= 0; index--)
        {
            var candidate = InterviewStep.All[index];
            if (InterviewQuestions.IsAnswered(candidate, state) || state.IsSkipped(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
