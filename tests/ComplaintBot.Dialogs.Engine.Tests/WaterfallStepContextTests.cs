using ComplaintBot.Dialogs.Engine.Tests.Support;
using ComplaintBot.Testing;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace ComplaintBot.Dialogs.Engine.Tests;

public class WaterfallStepContextTests(ITestOutputHelper output)
{
    private sealed record Order(string Id, decimal Amount, DateOnly PurchasedOn);

    [Fact]
    public async Task NextAsync_CalledTwice_ThrowsInvalidOperation()
    {
        var waterfall = new WaterfallDialog("w",
        [
            async (s, ct) =>
            {
                await s.NextAsync(null, ct);
                return await s.NextAsync(null, ct);
            },
            (s, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);
        var client = new DialogTestClient(waterfall, output: output);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync("go"));

        Assert.Contains("already called", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Values_SurviveJsonRoundTrip_AndReadBackTyped()
    {
        var order = new Order("T-1001", 299.5m, new DateOnly(2026, 11, 11));
        object? sameTurnCount = null;
        var waterfall = new WaterfallDialog("w",
        [
            (s, ct) =>
            {
                s.Values["count"] = 3;
                s.Values["order"] = order;
                s.Values["name"] = "张三";
                sameTurnCount = s.Values["count"];
                return Task.FromResult(Dialog.EndOfTurn);
            },
            async (s, ct) =>
            {
                Assert.IsType<JObject>(s.Values["order"]);
                Assert.Equal(3, s.Values.GetValue<int>("count"));
                Assert.Equal(order, s.Values.GetValue<Order>("order"));
                Assert.Equal("张三", s.Values["name"]);
                await s.Context.SendActivityAsync("ok", cancellationToken: ct);
                return await s.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(waterfall, output: output);
        await client.SendAsync("go");

        Assert.Equal(["ok"], Texts.Of(await client.SendAsync("next")));

        // Normalized on write: the same turn sees what later turns see.
        Assert.IsType<long>(sameTurnCount);
    }

    [Fact]
    public async Task Options_SurviveJsonRoundTrip_AndReadBackTyped()
    {
        var waterfall = new WaterfallDialog("w",
        [
            (s, ct) => Task.FromResult(Dialog.EndOfTurn),
            async (s, ct) =>
            {
                var options = s.GetOptions<Order>();
                await s.Context.SendActivityAsync($"{options!.Id} {options.Amount} {options.PurchasedOn:yyyy-MM-dd} step {s.Index}", cancellationToken: ct);
                return await s.EndDialogAsync(null, ct);
            },
        ]);
        var root = new WaterfallDialog("root", [(s, ct) => s.BeginDialogAsync("w", new Order("T-9", 12.5m, new DateOnly(2026, 5, 1)), ct)]);
        var client = new DialogTestClient(DialogTestClient.Handler("root", root, waterfall), output: output);
        await client.SendAsync("go");

        Assert.Equal(["T-9 12.5 2026-05-01 step 1"], Texts.Of(await client.SendAsync("next")));
    }

    [Fact]
    public async Task Reason_AndIndex_ReflectHowTheStepRuns()
    {
        var seen = new List<string>();
        var waterfall = new WaterfallDialog("w",
        [
            (s, ct) =>
            {
                seen.Add($"{s.Index}:{s.Reason}");
                return s.NextAsync("x", ct);
            },
            (s, ct) =>
            {
                seen.Add($"{s.Index}:{s.Reason}:{s.Result}");
                return Task.FromResult(Dialog.EndOfTurn);
            },
            (s, ct) =>
            {
                seen.Add($"{s.Index}:{s.Reason}:{s.Result}");
                return s.EndDialogAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(waterfall, output: output);

        await client.SendAsync("go");
        await client.SendAsync("typed");

        Assert.Equal(["0:BeginCalled", "1:NextCalled:x", "2:ContinueCalled:typed"], seen);
    }
}
