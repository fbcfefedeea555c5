using System.ComponentModel.DataAnnotations;
using ComplaintBot.Bot.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Bot.Tests.Telemetry;

public sealed class TelemetrySettingsTests
{
    [Fact]
    public void Choose_NothingConfiguredOutsideDevelopment_ExportsNothing()
    {
        var exporters = TelemetryExporters.Choose(new TelemetryOptions(), Configuration(), isDevelopment: false);

        Assert.False(exporters.Any);
    }

    [Fact]
    public void Choose_Development_WritesToTheConsoleOnly()
    {
        var exporters = TelemetryExporters.Choose(new TelemetryOptions(), Configuration(), isDevelopment: true);

        Assert.Equal(new TelemetryExporters(Otlp: false, Console: true), exporters);
    }

    [Fact]
    public void Choose_OtlpEndpointInOurSection_ExportsOverOtlp()
    {
        var exporters = TelemetryExporters.Choose(new TelemetryOptions { OtlpEndpoint = "http://collector:4317" }, Configuration(), isDevelopment: false);

        Assert.Equal(new TelemetryExporters(Otlp: true, Console: false), exporters);
    }

    [Fact]
    public void Choose_StandardOtlpVariable_ExportsOverOtlp()
    {
        var configuration = Configuration((TelemetryOptions.StandardEndpointVariable, "http://collector:4318"));

        Assert.True(TelemetryExporters.Choose(new TelemetryOptions(), configuration, isDevelopment: false).Otlp);
    }

    [Fact]
    public void Choose_ConsoleTurnedOffInDevelopment_ExportsNothing()
    {
        Assert.False(TelemetryExporters.Choose(new TelemetryOptions { ConsoleExporter = false }, Configuration(), isDevelopment: true).Any);
    }

    [Theory]
    [InlineData("collector:4317", null)]
    [InlineData("ftp://collector", null)]
    [InlineData("http://collector:4317", "udp")]
    public void Validate_BadEndpointOrProtocol_IsRejected(string endpoint, string? protocol)
    {
        var options = new TelemetryOptions { OtlpEndpoint = endpoint, OtlpProtocol = protocol };

        Assert.NotEmpty(options.Validate(new ValidationContext(options)));
    }

    [Fact]
    public void Validate_HttpProtobufEndpoint_IsAccepted()
    {
        var options = new TelemetryOptions { OtlpEndpoint = "https://collector.example:4318", OtlpProtocol = "http/protobuf" };

        Assert.Empty(options.Validate(new ValidationContext(options)));
    }

    [Fact]
    public void Correlation_SameConversation_SameShortHashWithoutTheId()
    {
        var correlation = new ConversationCorrelation(Options.Create(new TelemetryOptions()));
        const string conversation = "a:1Xk9_ZmVvUHF3cGx0cTN6";

        var first = correlation.Of("msteams", conversation);

        Assert.Equal(first, correlation.Of("msteams", conversation));
        Assert.Matches("^[0-9a-f]{16}$", first);
        Assert.NotEqual(first, correlation.Of("msteams", conversation + "2"));
        Assert.NotEqual(first, correlation.Of("directline", conversation));
    }

    [Fact]
    public void Correlation_DifferentKey_DifferentHash()
    {
        var builtIn = new ConversationCorrelation(Options.Create(new TelemetryOptions()));
        var keyed = new ConversationCorrelation(Options.Create(new TelemetryOptions { CorrelationKey = "s3cret-per-deployment" }));

        Assert.NotEqual(builtIn.Of("emulator", "conv-1"), keyed.Of("emulator", "conv-1"));
    }

    [Fact]
    public void Correlation_NoConversation_IsNone()
    {
        Assert.Equal("none", new ConversationCorrelation(Options.Create(new TelemetryOptions())).Of("emulator", null));
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
