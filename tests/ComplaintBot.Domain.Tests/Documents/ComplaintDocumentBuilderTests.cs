using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Domain.Documents;
using ComplaintBot.Domain.Localization;
using Json.Schema;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Domain.Tests.Documents;

public class ComplaintDocumentBuilderTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(ComplaintDocumentSchema.Json);

    public static TheoryData<ProblemType, ComplaintLocale> EveryTypeAndLocale()
    {
        var data = new TheoryData<ProblemType, ComplaintLocale>();
        foreach (var type in Enum.GetValues<ProblemType>())
        {
            data.Add(type, ComplaintLocale.ZhCn);
            data.Add(type, ComplaintLocale.EnUs);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTypeAndLocale))]
    public void Build_EveryProblemType_ValidatesAgainstSchema(ProblemType type, ComplaintLocale locale)
    {
        var json = ComplaintJson.Serialize(CreateSut().Build(TestDrafts.OfType(type, locale)));

        AssertValid(json);
    }

    [Fact]
    public void Build_MinimalDraft_ValidatesWithNulls()
    {
        var draft = new ComplaintDraft
        {
            Problem = new ProblemFacts { Type = ProblemType.Other, Description = "😡" },
            Outcome = new OutcomeFacts { Type = OutcomeType.Apology },
        };

        var json = ComplaintJson.Serialize(CreateSut().Build(draft));

        AssertValid(json);
        var node = JsonNode.Parse(json)!;
        Assert.Null(node["order"]!["orderId"]);
        Assert.Null(node["order"]!["amountPaid"]);
        Assert.Null(node["outcome"]!["statutory"]);
        Assert.Contains("missing_order_id", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HostileDraft_ValidatesAndKeepsDescriptionInFull()
    {
        var description = "<script>alert(1)</script> ${x} \"quoted\" 🙂 " + new string('长', 20_000);
        var draft = TestDrafts.Kettle() with
        {
            Order = TestDrafts.Kettle().Order with { Shop = "<b>店</b>\"${shop}\"" },
            Problem = TestDrafts.Kettle().Problem with { Description = description },
            Evidence = Enumerable.Range(1, 20).Select(i => new EvidenceItem { Name = $"证据{i}.jpg", ContentType = "image/jpeg", SizeBytes = i * 1000, Kind = EvidenceKind.Photo }).ToList(),
        };

        var json = ComplaintJson.Serialize(CreateSut().Build(draft));

        AssertValid(json);
        Assert.Equal(description, JsonNode.Parse(json)!["problem"]!["description"]!.GetValue<string>());
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_KettleCase_MapsTheContract()
    {
        var node = JsonNode.Parse(ComplaintJson.Serialize(CreateSut().Build(TestDrafts.Kettle())))!;

        Assert.Equal("C20261127-test0001", node["id"]!.GetValue<string>());
        Assert.Equal("zh-CN", node["locale"]!.GetValue<string>());
        Assert.Equal("2026-11-27T10:15:00+08:00", node["createdAt"]!.GetValue<string>());
        Assert.Equal("tmall", node["order"]!["platform"]!.GetValue<string>());
        Assert.Equal("天猫", node["order"]!["platformName"]!.GetValue<string>());
        Assert.Equal("2026-11-18", node["order"]!["purchaseDate"]!.GetValue<string>());
        Assert.Equal(129m, node["order"]!["amountPaid"]!["value"]!.GetValue<decimal>());
        Assert.Equal("CNY", node["order"]!["amountPaid"]!["currency"]!.GetValue<string>());
        Assert.Equal("quality_defect", node["problem"]!["type"]!.GetValue<string>());
        Assert.Equal("质量问题", node["problem"]!["typeName"]!.GetValue<string>());
        Assert.Equal("return_refund", node["outcome"]!["type"]!.GetValue<string>());
        Assert.Equal("exchange", node["outcome"]!["alternatives"]![0]!.GetValue<string>());
        Assert.Equal("photo", node["evidence"]![0]!["kind"]!.GetValue<string>());
        Assert.Equal("照片", node["evidence"]![0]!["kindName"]!.GetValue<string>());
        Assert.Equal(100, node["review"]!["score"]!.GetValue<int>());
        Assert.Equal("2026-12-04", node["followUpDate"]!.GetValue<string>());
        Assert.Null(node["complaintText"]!["english"]);
        Assert.Equal(5, node["review"]!["scoreExplanation"]!.AsArray().Count);
    }

    [Fact]
    public void Build_CounterfeitCompensationInEnglish_ShowsStatutoryCalculation()
    {
        var draft = TestDrafts.OfType(ProblemType.Counterfeit, ComplaintLocale.EnUs) with
        {
            Outcome = new OutcomeFacts { Type = OutcomeType.Compensation, Amount = Money.Yuan(5000) },
        };

        var node = JsonNode.Parse(ComplaintJson.Serialize(CreateSut().Build(draft)))!;

        Assert.Equal("CRPL-55.1", node["outcome"]!["statutory"]!["code"]!.GetValue<string>());
        Assert.Equal(629m, node["outcome"]!["statutory"]!["cap"]!["value"]!.GetValue<decimal>());
        Assert.StartsWith("129 + max(3×129, 500) = 629 CNY", node["outcome"]!["statutory"]!["formula"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(node["review"]!["flags"]!.AsArray(), f => f!["code"]!.GetValue<string>() == "unreasonable_demand");
        Assert.NotNull(node["complaintText"]!["english"]);
    }

    [Fact]
    public void Build_IncompleteDraft_ThrowsDomainException()
    {
        Assert.Throws<ComplaintDomainException>(() => CreateSut().Build(new ComplaintDraft()));
    }

    [Fact]
    public void Build_CompletedComplaint_UsesItsId()
    {
        var completion = TestDrafts.Kettle().Complete(new FakeTimeProvider(TestDrafts.Now));

        var document = CreateSut().Build(completion.Complaint!);

        Assert.Equal("C20261127-test0001", document.Id);
    }

    [Fact]
    public void Schema_EmbeddedResource_IsTheRepositoryFile()
    {
        var file = Path.Combine(RepositoryRoot(), "domain", "ComplaintBot.Domain", "Documents", "complaint-document.schema.json");

        Assert.Equal(File.ReadAllText(file), ComplaintDocumentSchema.Json);
    }

    [Theory]
    [InlineData("\"type\":\"quality_defect\"", "\"type\":\"broken\"")]
    [InlineData("\"purchaseDate\":\"2026-11-18\"", "\"purchaseDate\":\"18/11/2026\"")]
    [InlineData("\"locale\":\"zh-CN\"", "\"locale\":\"fr-FR\"")]
    public void Schema_TamperedDocument_Rejected(string original, string tampered)
    {
        var json = ComplaintJson.Serialize(CreateSut().Build(TestDrafts.Kettle()));
        Assert.Contains(original, json, StringComparison.Ordinal);

        using var document = JsonDocument.Parse(json.Replace(original, tampered, StringComparison.Ordinal));

        Assert.False(Schema.Evaluate(document.RootElement).IsValid);
    }

    private static ComplaintDocumentBuilder CreateSut() => new(new FakeTimeProvider(TestDrafts.Now));

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = result.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)) ?? [];
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplaintBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
