using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Documents;
using ComplaintBot.Domain.Localization;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Domain.Tests.Documents;

public class SampleOutputTests
{
    [Fact]
    public void Dump()
    {
        var b = new ComplaintDocumentBuilder(new FakeTimeProvider(TestDrafts.Now));
        var zh = b.Build(TestDrafts.OfType(ProblemType.QualityDefect, ComplaintLocale.ZhCn));
        var en = b.Build(TestDrafts.OfType(ProblemType.Counterfeit, ComplaintLocale.EnUs) with { Outcome = new OutcomeFacts { Type = OutcomeType.Compensation, Amount = Money.Yuan(5000) }, Evidence = [] });
        File.WriteAllText("/tmp/sample-zh.json", ComplaintJson.Serialize(zh));
        File.WriteAllText("/tmp/sample-en.json", ComplaintJson.Serialize(en));
    }
}
