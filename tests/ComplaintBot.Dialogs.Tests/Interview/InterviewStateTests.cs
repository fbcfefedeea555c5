using ComplaintBot.Dialogs.Interview;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Storage;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Dialogs.Tests.Interview;

public sealed class InterviewStateTests
{
    [Fact]
    public void StoredJson_RoundTrips_TheDraftAndProgress()
    {
        var state = new InterviewState
        {
            Locale = "zh-CN",
            Started = true,
            PendingStep = InterviewStep.Item,
            Skipped = [InterviewStep.Shop],
            Pending = PendingConfirmation.Facts,
            Draft = new ComplaintDraft
            {
                Id = "c-1",
                Order = new OrderFacts { OrderId = "1944822463412702309", PurchaseDate = new DateOnly(2026, 11, 18), AmountPaid = Money.Yuan(129m) },
                Problem = new ProblemFacts { Type = ProblemType.QualityDefect },
                Evidence = [new EvidenceItem { Name = "a.jpg", ContentType = "image/jpeg", SizeBytes = 10, Kind = EvidenceKind.Photo }],
            },
        };

        var json = StorageJson.Serialize(new Dictionary<string, object> { ["Interview"] = state });
        var back = ((JObject)StorageJson.Deserialize(json, null))["Interview"]!.ToObject<InterviewState>()!;

        Assert.Contains("\"QualityDefect\"", json, StringComparison.Ordinal);
        Assert.Equal("1944822463412702309", back.Draft!.Order.OrderId);
        Assert.Equal(new DateOnly(2026, 11, 18), back.Draft.Order.PurchaseDate);
        Assert.Equal(129m, back.Draft.Order.AmountPaid!.Value);
        Assert.Equal(ProblemType.QualityDefect, back.Draft.Problem.Type);
        Assert.Equal(EvidenceKind.Photo, Assert.Single(back.Draft.Evidence).Kind);
        Assert.Equal([InterviewStep.Shop], back.Skipped);
        Assert.Equal(PendingConfirmation.Facts, back.Pending);
        Assert.Equal(InterviewStep.Item, back.PendingStep);
    }
}
