using ComplaintBot.Bot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Bot.Tests.Hosting;

[CollectionDefinition(nameof(EnvironmentVariableCollection), DisableParallelization = true)]
public sealed class EnvironmentVariableCollection;

/// <summary>
/// Environment variables belong to the whole process: while this test sets one, every host started by a test
/// running in parallel would read it too (a restart test once found its second host on another database file).
/// So it runs alone, in a non-parallel collection.
/// </summary>
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class EnvironmentOverrideTests
{
    [Fact]
    public void Host_LetsEnvironmentVariablesOverrideTheFile()
    {
        const string Name = "Storage__SqliteFileName";
        Environment.SetEnvironmentVariable(Name, "from-environment.db");
        try
        {
            using var factory = new BotHostFactory();
            var configuration = factory.Services.GetRequiredService<IConfiguration>();

            Assert.Equal("from-environment.db", configuration["Storage:SqliteFileName"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Name, null);
        }
    }
}
