using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace ComplaintBot.Bot.Configuration;

/// <summary>
/// Makes the host read the single <c>appsettings.json</c> kept at the repository root. The build copies that
/// file next to the binaries, so <c>dotnet run</c>, the tests and a published build all read the same copy,
/// whatever their content root is.
/// </summary>
internal static class RepositoryAppSettings
{
    /// <summary>
    /// Points the default <c>appsettings*.json</c> sources at the application's base directory. The sources keep
    /// their place in the chain, so environment variables and the command line still override them.
    /// </summary>
    public static void ReadFromBaseDirectory(this IConfigurationManager configuration)
    {
        var baseDirectory = new PhysicalFileProvider(AppContext.BaseDirectory);
        foreach (var source in configuration.Sources.OfType<JsonConfigurationSource>())
        {
            if (source.Path is { } path && path.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                source.FileProvider = baseDirectory;
            }
        }

        // Changing a source's provider does not reload it; rebuilding the manager's view does.
        ((IConfigurationRoot)configuration).Reload();
    }
}
