using System.Reflection;

namespace ComplaintBot.Bench.Infrastructure;

/// <summary>
/// Where the programs this tool starts are: found from the repository root (the folder holding
/// <c>ComplaintBot.sln</c>) and the build configuration this tool was built with, so a clean clone works with
/// one <c>dotnet run</c> from any working directory.
/// </summary>
internal sealed class RepositoryLayout
{
    private RepositoryLayout(string root, string configuration)
    {
        Root = root;
        Configuration = configuration;
    }

    public string Root { get; }

    public string Configuration { get; }

    public string ComplaintBotDll => Output("bot/ComplaintBot.Bot", "ComplaintBot.Bot");

    public string EchoBotDll => Output("bench/ComplaintBot.Bench.EchoBot", "ComplaintBot.Bench.EchoBot");

    public string MicroDll => Output("bench/ComplaintBot.Bench.Micro", "ComplaintBot.Bench.Micro");

    public static RepositoryLayout Locate()
    {
        var configuration = typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "Configuration")?.Value ?? "Release";
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ComplaintBot.sln")))
                {
                    return new RepositoryLayout(dir.FullName, configuration);
                }
            }
        }

        throw new InvalidOperationException("ComplaintBot.sln not found above the tool or the working directory.");
    }

    private string Output(string projectFolder, string assembly)
    {
        var path = Path.Combine(Root, projectFolder, "bin", Configuration, "net10.0", assembly + ".dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{assembly} is not built ({Configuration}); run `dotnet build ComplaintBot.sln -c {Configuration}` or this tool with `dotnet run`.", path);
    }
}
