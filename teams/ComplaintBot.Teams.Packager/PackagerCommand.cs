using System.Globalization;
using ComplaintBot.Teams.Packager.Configuration;
using ComplaintBot.Teams.Packager.Packaging;
using Microsoft.Extensions.Configuration;

namespace ComplaintBot.Teams.Packager;

/// <summary>
/// The command line: reads the configuration, builds and validates the package, writes the zip, and reports.
/// Exit codes: 0 written, 1 invalid configuration or package (nothing written), 2 bad arguments.
/// </summary>
/// <param name="output">Where the report goes.</param>
/// <param name="error">Where problems go.</param>
internal sealed class PackagerCommand(TextWriter output, TextWriter error)
{
    /// <summary>The zip path used when <c>--out</c> is not given, relative to the working directory.</summary>
    public const string DefaultOutputPath = "artifacts/teams/complaintbot.zip";

    private const string Usage = """
        Builds the Microsoft Teams app package (manifest.json, icons, localization) and validates it.

        Usage: dotnet run --project teams/ComplaintBot.Teams.Packager -- [--out <zip>] [--settings <appsettings.json>]

          --out       where to write the zip (default artifacts/teams/complaintbot.zip)
          --settings  the configuration file (default: the repository's appsettings.json, copied next to the tool)

        Values come from the settings file, overridden by environment variables:
          MicrosoftAppId (required), Teams__WebsiteUrl (required), Teams__PrivacyUrl, Teams__TermsOfUseUrl,
          Teams__AppId, Teams__Version, Teams__DeveloperName, Teams__AccentColor, Teams__ValidDomains.
        """;

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="addOverrides">Adds the sources that override the settings file (the environment, in production).</param>
    /// <returns>The exit code.</returns>
    public int Run(IReadOnlyList<string> args, Action<IConfigurationBuilder>? addOverrides = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (!TryParse(args, out var outputPath, out var settingsPath, out var help))
        {
            error.WriteLine(Usage);
            return 2;
        }

        if (help)
        {
            output.WriteLine(Usage);
            return 0;
        }

        settingsPath = Path.GetFullPath(settingsPath ?? Path.Combine(AppContext.BaseDirectory, "appsettings.json"));
        if (!File.Exists(settingsPath))
        {
            error.WriteLine($"The settings file {settingsPath} does not exist.");
            return 1;
        }

        try
        {
            var builder = new ConfigurationBuilder().AddJsonFile(settingsPath, optional: false, reloadOnChange: false);
            addOverrides?.Invoke(builder);
            var package = TeamsPackageBuilder.Build(TeamsAppSettings.FromConfiguration(builder.Build()));
            var size = TeamsPackageWriter.Write(package, outputPath);
            Report(package, Path.GetFullPath(outputPath), size);
            return 0;
        }
        catch (TeamsPackageException ex)
        {
            error.WriteLine("The Teams app package was not built:");
            foreach (var problem in ex.Errors)
            {
                error.WriteLine($"  - {problem}");
            }

            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"The Teams app package could not be written to {Path.GetFullPath(outputPath)}: {ex.Message}");
            return 1;
        }
        catch (InvalidDataException ex)
        {
            // What the JSON configuration provider throws for a malformed settings file.
            error.WriteLine($"The settings file {settingsPath} could not be read: {ex.Message}");
            return 1;
        }
    }

    private void Report(TeamsPackage package, string path, long size)
    {
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"Wrote {path} ({size:N0} bytes), manifest {package.Manifest["manifestVersion"]}, version {package.Manifest["version"]}, app id {package.Manifest["id"]}:"));
        foreach (var file in package.Files)
        {
            output.WriteLine(string.Create(culture, $"  {file.Name,-16} {file.Content.Length,8:N0} bytes"));
        }
    }

    private static bool TryParse(IReadOnlyList<string> args, out string outputPath, out string? settingsPath, out bool help)
    {
        outputPath = DefaultOutputPath;
        settingsPath = null;
        help = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "-h" or "--help":
                    help = true;
                    break;
                case "--out" when i + 1 < args.Count:
                    outputPath = args[++i];
                    break;
                case "--settings" when i + 1 < args.Count:
                    settingsPath = args[++i];
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
