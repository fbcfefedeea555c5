using System.Text.Json;

namespace ComplaintBot.Bot.Tests.Hosting;

/// <summary>
/// The host's runtime settings were chosen by load measurements (see the host's project file); these tests keep a
/// project-file edit from dropping them unnoticed. They read the runtime configuration the build writes for the host.
/// </summary>
public sealed class RuntimeSettingsTests
{
    [Theory]
    [InlineData("System.GC.Server", "true")]
    [InlineData("System.GC.DynamicAdaptationMode", "0")]
    [InlineData("System.Threading.ThreadPool.HillClimbing.Disable", "true")]
    public void HostRuntimeConfiguration_HasTheMeasuredSetting(string name, string expected)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ComplaintBot.Bot.runtimeconfig.json")));
        var properties = document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.TryGetProperty(name, out var value), name + " is not set.");
        Assert.Equal(expected, value.GetRawText());
    }
}
