using System.Diagnostics;
using ComplaintBot.Web.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Web.Tests.BadInput;

/// <summary>
/// Bad inputs against every Direct Line route over real HTTP: malformed requests get a 4xx with an ErrorResponse,
/// bad content gets a polite reply in the user's language, nothing makes the server fail or log an error, and the
/// conversations held mid-interview ask the same question afterwards as before.
/// </summary>
public sealed class DirectLineBadInputSuiteTests(BadInputServerFixture fixture, ITestOutputHelper output) : IClassFixture<BadInputServerFixture>
{
    [Fact]
    public void Catalogue_HasAtLeast120UniquelyNamedCases_CoveringEveryRoute()
    {
        var cases = DirectLineBadInputCatalog.All();

        Assert.True(cases.Count >= 120, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.ToString()).Distinct(StringComparer.Ordinal).Count());
        var routes = cases.Select(c => DirectLineBadInputCatalog.RouteOf(c, BadInputTarget.Placeholder)).ToHashSet(StringComparer.Ordinal);
        Assert.All(DirectLineBadInputCatalog.Routes, route => Assert.Contains(route, routes));
        Assert.All(Enum.GetValues<BadInputExpectation>(), expectation => Assert.Contains(cases, c => c.Expectation == expectation));
    }

    [Fact]
    public async Task DirectLine_EveryBadInput_RefusedOrAnsweredPolitely_NoServerError_AndTheInterviewResumesAtItsStep()
    {
        var server = fixture.Server;
        using var deep = await WitnessConversation.StartAsync(server, "zh-CN", "你好", "1944822463412702309");
        using var other = new DirectLineClient(server.CreateClient());
        await other.StartAsync("zh-CN");
        var before = await deep.AskStatusAsync();
        Assert.Equal("order.item", before.Step);
        var mark = fixture.Log.Count;

        using var runner = new BadInputRunner(server, fixture.Log, deep, other.Token);
        var cases = DirectLineBadInputCatalog.All();
        var failures = new List<(DirectLineBadInputCase Case, string Why)>();
        var stopwatch = Stopwatch.StartNew();
        foreach (var badInput in cases)
        {
            if (await runner.RunAsync(badInput) is { } why)
            {
                failures.Add((badInput, why));
            }
        }

        var elapsed = stopwatch.Elapsed;
        var after = await deep.AskStatusAsync();
        if (after != before)
        {
            failures.Add((new DirectLineBadInputCase("resume", "the conversation held mid-interview", BadInputExpectation.PoliteReply), $"asked '{before.Step}: {before.Question}' before the suite, '{after.Step}: {after.Question}' after"));
        }

        Report.Line(output, $"Direct Line bad inputs: {cases.Count} tried in {elapsed.TotalSeconds:F1} s ({runner.SetUpTime.TotalSeconds:F1} s opening fresh conversations), {failures.Count} failed, {fixture.Log.FailuresSince(mark).Count} server errors logged");
        foreach (var group in cases.GroupBy(c => c.Category))
        {
            Report.Line(output, $"  {group.Key}: {group.Count()} ({string.Join(", ", group.GroupBy(c => c.Expectation).Select(e => $"{e.Count()} {e.Key}"))}), {failures.Count(f => f.Case.Category == group.Key)} failed");
        }

        foreach (var (badInput, why) in failures)
        {
            output.WriteLine($"FAIL {badInput}: {why}");
        }

        Assert.Empty(failures.Select(f => $"{f.Case}: {f.Why}"));
        Assert.Empty(fixture.Log.FailuresSince(0).Select(e => e.ToString()));
    }
}
