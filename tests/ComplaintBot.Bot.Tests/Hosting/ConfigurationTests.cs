using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Bot.Tests.Hosting;

public sealed class ConfigurationTests
{
    [Fact]
    public void BuildOutput_CarriesTheRepositoryRootAppSettings()
    {
        var copied = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        var original = File.ReadAllText(Path.Combine(RepositoryRoot(), "appsettings.json"));

        Assert.Equal(original, copied);
    }

    [Fact]
    public void Host_ReadsValuesThatOnlyTheRootAppSettingsDefines()
    {
        using var factory = new BotHostFactory();
        var configuration = factory.Services.GetRequiredService<IConfiguration>();

        // Nothing but the root appsettings.json sets these: the host found the file.
        Assert.Equal("http://localhost:3978", configuration["Urls"]);
        Assert.Equal("Sqlite", configuration["Storage:Provider"]);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ComplaintBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
