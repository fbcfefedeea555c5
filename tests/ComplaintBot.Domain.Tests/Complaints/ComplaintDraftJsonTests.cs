using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Documents;
using ComplaintBot.Domain.Localization;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json;

namespace ComplaintBot.Domain.Tests.Complaints;

public class ComplaintDraftJsonTests
{
    public static TheoryData<string> Drafts() => new() { "full", "empty", "english" };

    [Theory]
    [MemberData(nameof(Drafts))]
    public void SystemTextJson_RoundTrip_PreservesEveryFact(string name)
    {
        var draft = Create(name);

        var json = ComplaintJson.Serialize(draft);
        var back = ComplaintJson.Deserialize<ComplaintDraft>(json)!;

        Assert.Equal(json, ComplaintJson.Serialize(back));
        Assert.Equal(draft.Order, back.Order);
        Assert.Equal(draft.Problem, back.Problem);
        Assert.Equal(draft.Evidence, back.Evidence);
        Assert.Equal(draft.Outcome.Alternatives, back.Outcome.Alternatives);
    }

    [Theory]
    [MemberData(nameof(Drafts))]
    public void Newtonsoft_RoundTrip_PreservesEveryFact(string name)
    {
        var draft = Create(name);

        var json = JsonConvert.SerializeObject(draft);
        var back = JsonConvert.DeserializeObject<ComplaintDraft>(json)!;

        Assert.Equal(json, JsonConvert.SerializeObject(back));
        Assert.Equal(draft.Order, back.Order);
        Assert.Equal(draft.Problem, back.Problem);
        Assert.Equal(draft.Evidence, back.Evidence);
        Assert.Equal(draft.Outcome.Alternatives, back.Outcome.Alternatives);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemTextJson_EnumsAndDates_WrittenAsKeysAndIsoDates()
    {
        var json = ComplaintJson.Serialize(TestDrafts.Kettle());

        Assert.Contains("\"type\":\"quality_defect\"", json, StringComparison.Ordinal);
        Assert.Contains("\"platform\":\"tmall\"", json, StringComparison.Ordinal);
        Assert.Contains("\"purchaseDate\":\"2026-11-18\"", json, StringComparison.Ordinal);
        Assert.Contains("\"alternatives\":[\"exchange\"]", json, StringComparison.Ordinal);
        Assert.Contains("暖禾家电旗舰店", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WithClock_SetsIdAndTimestamps()
    {
        var clock = new FakeTimeProvider(TestDrafts.Now);

        var draft = ComplaintDraft.Start(ComplaintLocale.EnUs, clock);
        clock.Advance(TimeSpan.FromMinutes(5));
        var touched = draft.Touch(clock);

        Assert.StartsWith("C20261127-", draft.Id, StringComparison.Ordinal);
        Assert.Equal(TestDrafts.Now, draft.CreatedAt);
        Assert.Equal(TestDrafts.Now.AddMinutes(5), touched.UpdatedAt);
    }

    [Fact]
    public void Complete_MissingFacts_ListsThem()
    {
        var result = new ComplaintDraft().Complete(new FakeTimeProvider(TestDrafts.Now));

        Assert.False(result.IsComplete);
        Assert.Equal(["problem.type", "problem.description", "outcome.type"], result.Missing);
    }

    [Fact]
    public void Complete_FullDraft_CarriesTypes()
    {
        var result = TestDrafts.Kettle().Complete(new FakeTimeProvider(TestDrafts.Now));

        Assert.True(result.IsComplete);
        Assert.Equal(ProblemType.QualityDefect, result.Complaint!.ProblemType);
        Assert.Equal(OutcomeType.ReturnRefund, result.Complaint.OutcomeType);
    }

    private static ComplaintDraft Create(string name) => name switch
    {
        "empty" => new ComplaintDraft(),
        "english" => TestDrafts.Kettle(ComplaintLocale.EnUs) with { Problem = TestDrafts.Kettle().Problem with { IsFood = false, Description = "It leaks \"badly\" <b>" + new string('x', 20_000) } },
        _ => TestDrafts.Kettle() with { EvidenceDeclined = true, Outcome = TestDrafts.Kettle().Outcome with { Amount = Money.Yuan(89.9m) } },
    };
}
