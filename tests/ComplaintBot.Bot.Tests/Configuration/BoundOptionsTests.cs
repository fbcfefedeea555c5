using ComplaintBot.Bot.Adapter;
using ComplaintBot.Bot.Tests.Infrastructure;
using ComplaintBot.Domain;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.Tests.Configuration;

public sealed class BoundOptionsTests
{
    [Fact]
    public void ComplaintRules_SetInConfiguration_ReachTheInterview()
    {
        using var factory = new BotHostFactory(null, new Dictionary<string, string?>
        {
            ["ComplaintRules:ShortTextLimit"] = "150",
            ["ComplaintRules:TimeZoneId"] = "Asia/Urumqi",
        });

        var rules = factory.Services.GetRequiredService<ComplaintRulesOptions>();

        Assert.Equal(150, rules.ShortTextLimit);
        Assert.Equal("Asia/Urumqi", rules.TimeZoneId);
        Assert.Equal(ComplaintRulesOptions.Default.FullTextLimit, rules.FullTextLimit);
    }

    [Fact]
    public void ComplaintRules_NotConfigured_AreTheDefaults()
    {
        using var factory = new BotHostFactory();

        Assert.Equal(ComplaintRulesOptions.Default, factory.Services.GetRequiredService<ComplaintRulesOptions>());
    }

    [Fact]
    public async Task OpenTelemetry_InvalidEndpoint_StopsTheHostAtStart()
    {
        var error = await HostStartup.FailureAsync(new Dictionary<string, string?> { ["OpenTelemetry:OtlpEndpoint"] = "collector:4317" });

        Assert.Contains("OpenTelemetry:OtlpEndpoint", error?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Proxy_NotAnAddressOrNetwork_StopsTheHostAtStartNamingTheEntry()
    {
        var error = await HostStartup.FailureAsync(new Dictionary<string, string?>
        {
            ["Proxy:KnownProxies:0"] = "10.0.0.4",
            ["Proxy:KnownNetworks:0"] = "10.0.0.0/33",
        });

        Assert.Contains("Proxy:KnownNetworks holds '10.0.0.0/33'", error?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Delivery_SetInConfiguration_ReachesTheReplyDelivery()
    {
        using var factory = new BotHostFactory(null, new Dictionary<string, string?>
        {
            ["Delivery:MaxAttempts"] = "6",
            ["Delivery:TotalTimeout"] = "00:00:45",
        });

        var delivery = factory.Services.GetRequiredService<IOptions<ReplyDeliveryOptions>>().Value;

        Assert.Equal(6, delivery.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(45), delivery.TotalTimeout);
        Assert.Equal(new ReplyDeliveryOptions().AttemptTimeout, delivery.AttemptTimeout);
    }

    [Fact]
    public async Task Delivery_ConnectTimeoutLongerThanTheAttempt_StopsTheHostAtStart()
    {
        var error = await HostStartup.FailureAsync(new Dictionary<string, string?> { ["Delivery:ConnectTimeout"] = "00:00:30" });

        Assert.Contains("Delivery:ConnectTimeout", error?.ToString(), StringComparison.Ordinal);
    }
}
