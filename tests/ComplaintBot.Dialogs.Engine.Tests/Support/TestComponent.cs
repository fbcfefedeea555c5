using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace ComplaintBot.Dialogs.Engine.Tests.Support;

/// <summary>A component with a CoreBot-style interruption hook: 帮助/help re-asks, 取消/cancel cancels.</summary>
internal sealed class TestComponent : ComponentDialog
{
    public TestComponent(string id, bool cancelParents, params Dialog[] dialogs)
        : base(id)
    {
        CancelParents = cancelParents;
        foreach (var dialog in dialogs)
        {
            AddDialog(dialog);
        }
    }

    public bool CancelParents { get; }

    public List<DialogReason> EndReasons { get; } = [];

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var text = (innerDc.Context.Activity.Text ?? string.Empty).Trim().ToLowerInvariant();
        if (innerDc.Context.Activity.Type == ActivityTypes.Message && text is "帮助" or "help")
        {
            return await ReplyAndRepromptAsync(innerDc, MessageFactory.Text("HELP"), cancellationToken);
        }

        if (innerDc.Context.Activity.Type == ActivityTypes.Message && text is "取消" or "cancel")
        {
            await innerDc.Context.SendActivityAsync("CANCELLED", cancellationToken: cancellationToken);
            return await innerDc.CancelAllDialogsAsync(CancelParents, cancellationToken: cancellationToken);
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    protected override Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        EndReasons.Add(reason);
        return Task.CompletedTask;
    }
}
