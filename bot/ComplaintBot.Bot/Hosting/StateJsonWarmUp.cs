using ComplaintBot.Bot.Turns;
using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Localization;
using ComplaintBot.Storage;

namespace ComplaintBot.Bot.Hosting;

/// <summary>
/// Writes a new interview's state once at startup, off the request path, so the first conversation does not pay for
/// building the serializers' contracts (System.Text.Json's for the plain data, Newtonsoft.Json's for the rest): about
/// 40 ms that would otherwise land on the first reply after a start.
/// </summary>
internal sealed class StateJsonWarmUp(TimeProvider time) : BackgroundService
{
    /// <summary>Writes the state a first turn commits: a ledger, a new draft, a money amount and an evidence item.</summary>
    /// <param name="time">The clock for the draft's timestamps.</param>
    /// <returns>The JSON written.</returns>
    internal static string WarmUp(TimeProvider time)
    {
        var draft = ComplaintDraft.Start(ComplaintLocale.ZhCn, time);
        draft = draft with
        {
            Order = draft.Order with { AmountPaid = Money.Yuan(1m) },
            Evidence = [new EvidenceItem { Name = "warm-up.jpg", ContentType = "image/jpeg", SizeBytes = 1, Kind = EvidenceKind.Photo, ReceivedAt = time.GetUtcNow() }],
        };
        return StorageJson.Serialize(new Dictionary<string, object>
        {
            [TurnLedger.Property] = new TurnLedger { Recent = ["warm-up"] },
            [InterviewServices.StateProperty] = new InterviewState { Locale = Locales.ChineseTag, Draft = draft, Started = true },
        });
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => WarmUpThread.Run("State JSON warm-up", () => WarmUp(time), stoppingToken);
}
