using ComplaintBot.Bot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace ComplaintBot.Bot.Tests.Infrastructure;

/// <summary>
/// Builds and starts the host the way Program does, for settings it must refuse at start. Directly rather than
/// through <see cref="BotHostFactory"/>: when start-up fails, WebApplicationFactory can report that its own
/// already disposed host was accessed instead of the reason the host gave.
/// </summary>
public static class HostStartup
{
    /// <summary>Starts (and stops) a host with <paramref name="settings"/> over the repository's configuration.</summary>
    /// <param name="settings">The settings under test.</param>
    /// <returns>Why the host refused to start, or null when it started.</returns>
    public static async Task<Exception?> FailureAsync(IDictionary<string, string?> settings)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "complaintbot-tests", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Storage:DataDirectory"] = dataDirectory,
            ["Evidence:DataDirectory"] = dataDirectory,
            ["Urls"] = "http://127.0.0.1:0",
        });
        builder.AddComplaintBotHost();
        await using var app = builder.Build();
        try
        {
            app.MapComplaintBotEndpoints();
            await app.StartAsync();
            await app.StopAsync();
            return null;
        }
#pragma warning disable CA1031 // Whatever stopped the start is the result.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return exception;
        }
    }
}
