namespace ComplaintBot.Storage.Tests.Blob.Azurite;

/// <summary>Finds the <c>azurite-blob</c> executable the Blob tests start.</summary>
public static class AzuriteLocator
{
    /// <summary>Names the executable explicitly (for example a global npm install elsewhere).</summary>
    public const string ExecutableVariable = "COMPLAINTBOT_AZURITE_BLOB";

    /// <summary>Leaves the Azurite tests out of the build when set to <c>true</c> (see the test project file).</summary>
    public const string SkipVariable = "COMPLAINTBOT_SKIP_AZURITE";

    private static readonly string ExecutableName = OperatingSystem.IsWindows() ? "azurite-blob.cmd" : "azurite-blob";

    /// <summary>
    /// Looks, in order, at <see cref="ExecutableVariable"/>, at <c>tools/azurite/node_modules/.bin</c> in the
    /// repository holding the test binaries (installed by <c>npm ci --prefix tools/azurite</c>), and on PATH.
    /// </summary>
    /// <returns>The full path of the executable.</returns>
    /// <exception cref="InvalidOperationException">Azurite is not installed; the message says how to install it.</exception>
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(ExecutableVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new InvalidOperationException($"{ExecutableVariable} points at '{configured}', which does not exist.");
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tools", "azurite", "node_modules", ".bin", ExecutableName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, ExecutableName))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException(
            "Azurite (npm package azurite) was not found, so the Azure Blob storage tests cannot run. Install it with "
            + "'npm ci --prefix tools/azurite' from the repository root (as .ci/run does), put azurite-blob on PATH, or set "
            + $"{ExecutableVariable} to its path. To leave these tests out on purpose, build and test with {SkipVariable}=true.");
    }
}
