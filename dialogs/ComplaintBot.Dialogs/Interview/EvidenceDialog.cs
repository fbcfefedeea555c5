using ComplaintBot.Cards;
using ComplaintBot.Dialogs.Attachments;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Interruptions;
using ComplaintBot.Dialogs.Engine.Prompts;
using ComplaintBot.Dialogs.Evidence;
using ComplaintBot.Domain.Catalogue;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Interview;

/// <summary>
/// Evidence: the checklist for the problem type, then files — several in one message or over several
/// messages, each acknowledged with the running list — until the user says they are done (or have none).
/// Every file goes through <see cref="IEvidenceIntake"/>; a refused file is explained and nothing else is lost.
/// </summary>
public sealed class EvidenceDialog : InterviewDialogBase
{
    private const string FlowId = nameof(EvidenceDialog) + ".flow";
    private const string AttachmentPromptId = "ask.attachment";

    private static readonly string[] DoneWords = ["完成", "好了", "好", "发完了", "就这些", "没了", "结束", "可以了", "done", "finished", "that's all", "thats all", "ok", "okay", "next"];
    private static readonly string[] NoneWords = ["没有", "无", "没有证据", "暂时没有", "none", "no", "no evidence", "nothing", "i have none"];

    /// <summary>Initializes a new instance of the <see cref="EvidenceDialog"/> class.</summary>
    /// <param name="services">The interview services.</param>
    public EvidenceDialog(InterviewServices services)
        : base(nameof(EvidenceDialog), services)
    {
        AddDialog(new AttachmentPrompt(AttachmentPromptId, ValidateAsync));
        AddDialog(new WaterfallDialog(FlowId, [AskStepAsync, ReceiveStepAsync]));
        InitialDialogId = FlowId;
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await Services.LoadAsync(step.Context, cancellationToken).ConfigureAwait(false);
        if (state.EvidenceDone)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        if (!state.ChecklistShown && state.Draft!.Problem.Type is { } type)
        {
            await step.Context.SendActivityAsync(ChecklistCard(state, type), cancellationToken).ConfigureAwait(false);
            state.ChecklistShown = true;
        }

        state.PendingStep = InterviewStep.Evidence;
        // After files arrived, the acknowledgement with the running list comes first and a short reminder replaces the full question.
        var question = step.GetOptions<string>() is { } received
            ? QuestionMessages.Hinted(InterviewStep.Evidence, received + "\n\n" + Services.Text.Get(state.Locale, "evidence.more"))
            : Questions.Ask(InterviewStep.Evidence, state);
        return await step.PromptAsync(AttachmentPromptId, new PromptOptions { Prompt = question, Validations = InterviewStep.Evidence }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> ReceiveStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var state = await Services.LoadAsync(step.Context, cancellationToken).ConfigureAwait(false);
        var attachments = step.Result as IList<Attachment> ?? [];
        if (attachments.Count == 0 && EvidenceKindCorrection.TryParse(step.Context.Activity.Text, out var number, out var kind))
        {
            return await step.ReplaceDialogAsync(FlowId, CorrectKind(state, number, kind), cancellationToken).ConfigureAwait(false);
        }

        if (attachments.Count == 0)
        {
            // The validator only lets through files, "done" or "none".
            var none = state.Draft!.Evidence.Count == 0 && IsOneOf(step.Context.Activity.Text, NoneWords);
            state.EvidenceDone = true;
            state.Draft = state.Draft with { EvidenceDeclined = none };
            var key = none ? "evidence.none" : "evidence.done";
            await step.Context.SendActivityAsync(MessageFactory.Text(Services.Text.Get(state.Locale, key, state.Draft.Evidence.Count)), cancellationToken).ConfigureAwait(false);
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var report = await TakeFilesAsync(step.Context, state, attachments, cancellationToken).ConfigureAwait(false);
        return await step.ReplaceDialogAsync(FlowId, report, cancellationToken).ConfigureAwait(false);
    }

    private string CorrectKind(InterviewState state, int number, EvidenceKind kind)
    {
        var draft = state.Draft!;
        if (number > draft.Evidence.Count)
        {
            return Services.Text.Get(state.Locale, "evidence.kindNoSuchFile", number, draft.Evidence.Count) + "\n\n" + ListText(state);
        }

        var items = draft.Evidence.ToList();
        items[number - 1] = items[number - 1] with { Kind = kind };
        state.Draft = (draft with { Evidence = items }).Touch(Services.TimeProvider);
        var name = KindName(items[number - 1], Locales.FromTag(state.Locale));
        return Services.Text.Get(state.Locale, "evidence.kindCorrected", number, name) + "\n\n" + ListText(state);
    }

    private async Task<string> TakeFilesAsync(ITurnContext context, InterviewState state, IList<Attachment> attachments, CancellationToken cancellationToken)
    {
        var activity = context.Activity;
        var held = state.Draft!;
        var requests = attachments
            .Select(attachment => new EvidenceIntakeRequest(attachment, activity.ChannelId, activity.ServiceUrl, held.Id ?? string.Empty, state.Locale!, held.Evidence.Count, held.Evidence.Sum(e => e.SizeBytes)))
            .ToList();
        var results = await EvidenceBatch.AcceptAllAsync(Services.Evidence, requests, cancellationToken).ConfigureAwait(false);
        var refusals = new List<string>();
        for (var i = 0; i < results.Count; i++)
        {
            if (results[i].Item is { } item)
            {
                state.Draft = state.Draft! with { Evidence = [.. state.Draft!.Evidence, item], EvidenceDeclined = false };
            }
            else
            {
                refusals.Add(Services.Text.Get(state.Locale, "evidence.refused", attachments[i].Name ?? "-", results[i].RefusalMessage));
            }
        }

        state.Draft = state.Draft!.Touch(Services.TimeProvider);
        var received = ListText(state);
        return refusals.Count == 0 ? received : string.Join("\n", refusals) + "\n\n" + received;
    }

    private string ListText(InterviewState state)
    {
        var language = Locales.FromTag(state.Locale);
        var evidence = state.Draft!.Evidence;
        var list = evidence.Select((item, index) => item.SizeBytes > 0
            ? Services.Text.Get(state.Locale, "evidence.listItem", index + 1, item.Name, KindName(item, language), SizeText(item.SizeBytes))
            : Services.Text.Get(state.Locale, "evidence.listItemNoSize", index + 1, item.Name, KindName(item, language)));
        return Services.Text.Get(state.Locale, "evidence.received", evidence.Count) + "\n" + string.Join("\n", list);
    }

    private async Task<bool> ValidateAsync(PromptValidatorContext<IList<Attachment>> prompt, CancellationToken cancellationToken)
    {
        if (prompt.Recognized.Succeeded && prompt.Recognized.Value.Count > 0)
        {
            return true;
        }

        var state = await Services.LoadAsync(prompt.Context, cancellationToken).ConfigureAwait(false);
        var text = prompt.Context.Activity.Text;
        if (IsOneOf(text, DoneWords) || IsOneOf(text, NoneWords) || CardAction(prompt.Context.Activity) == CardActions.EvidenceDone
            || EvidenceKindCorrection.TryParse(text, out _, out _))
        {
            return true;
        }

        await prompt.Context.SendActivityAsync(Questions.Ask(InterviewStep.Evidence, state, Services.Text.Get(state.Locale, "evidence.expected")), cancellationToken).ConfigureAwait(false);
        return false;
    }

    private Activity ChecklistCard(InterviewState state, ProblemType type)
    {
        var language = Locales.FromTag(state.Locale);
        var info = ComplaintCatalogue.Default.Problem(type);
        var received = state.Draft!.Evidence;
        var items = info.Evidence.Select(requirement => new EvidenceChecklistItem(
            requirement.Name.Get(language),
            requirement.IsKey,
            received.Any(item => requirement.Kinds.Contains(item.Kind))));
        var card = Services.Cards.EvidenceChecklistObject(state.Locale, info.Name.Get(language), items);
        return (Activity)MessageFactory.Attachment(CardAttachment.From(card));
    }

    private static bool IsOneOf(string? text, string[] words)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 20)
        {
            return false;
        }

        var folded = text.Trim().TrimEnd('。', '.', '!', '！', '~').ToLowerInvariant().Replace('’', '\'');
        return words.Contains(folded, StringComparer.Ordinal);
    }

    private static string KindName(EvidenceItem item, ComplaintLocale language) =>
        ComplaintCatalogue.Default.EvidenceKind(item.Kind).Name.Get(language);

    private static string SizeText(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}
