namespace ComplaintBot.Bot.Tests.Configuration;

/// <summary>The configuration reference table of <c>docs/deploy.md</c>, read from the repository.</summary>
public static class DeployGuideTable
{
    public const string Heading = "## Configuration reference";

    public static string Path { get; } = FindGuide();

    /// <summary>The table's rows: key, environment variable, default, used by, meaning.</summary>
    public static IReadOnlyList<Row> Rows()
    {
        var lines = File.ReadAllLines(Path);
        var start = Array.FindIndex(lines, line => line.Trim() == Heading);
        Assert.True(start >= 0, $"{Path} has no '{Heading}' section.");
        return [.. lines.Skip(start + 1)
            .TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(Parse)];
    }

    private static Row Parse(string line)
    {
        var cells = line.Trim().Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray();
        Assert.True(cells.Length == 5, "Expected 5 cells in: " + line);
        return new Row(cells[0].Trim('`'), cells[1].Trim('`'), cells[2], cells[3], cells[4]);
    }

    private static string FindGuide()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "docs", "deploy.md");
            if (File.Exists(candidate) && File.Exists(System.IO.Path.Combine(directory.FullName, "ComplaintBot.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/deploy.md not found above " + AppContext.BaseDirectory);
    }

    public sealed record Row(string Key, string EnvironmentVariable, string Default, string UsedBy, string Meaning);
}
