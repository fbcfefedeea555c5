using ComplaintBot.Bot.Hosting;
using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Bot.Tests.Hosting;

public sealed class StateJsonWarmUpTests
{
    [Fact]
    public void WarmUp_WritesANewInterviewsStateThroughBothSerializers()
    {
        var json = StateJsonWarmUp.WarmUp(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero)));

        var state = JObject.Parse(json);
        Assert.Equal("warm-up", (string?)state["TurnLedger"]!["Recent"]![0]);
        Assert.Equal("ZhCn", (string?)state["Interview"]!["Draft"]!["Locale"]);
        // A whole decimal spelled without ".0": the draft went through System.Text.Json, as every turn's does.
        Assert.Contains("\"AmountPaid\":{\"Value\":1,", json, StringComparison.Ordinal);
        Assert.Equal("warm-up.jpg", (string?)state["Interview"]!["Draft"]!["Evidence"]![0]!["Name"]);
    }

    [Fact]
    public void Host_RunsTheWarmUpAtStartup()
    {
        using var factory = new BotHostFactory();

        Assert.Contains(factory.Services.GetServices<IHostedService>(), service => service is StateJsonWarmUp);
    }
}
