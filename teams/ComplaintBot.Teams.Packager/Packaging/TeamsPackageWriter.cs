using System.IO.Compression;

namespace ComplaintBot.Teams.Packager.Packaging;

/// <summary>Writes a package as the flat zip that Teams uploads.</summary>
internal static class TeamsPackageWriter
{
    // A fixed timestamp makes the zip depend on its content only, so rebuilding an unchanged app gives the same bytes.
    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the zip, replacing any file at the path only once the new one is complete.</summary>
    /// <param name="package">The validated package.</param>
    /// <param name="path">The zip file path; missing directories are created.</param>
    /// <returns>The size of the written zip in bytes.</returns>
    public static long Write(TeamsPackage package, string path)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);

        var temporary = fullPath + ".partial";
        try
        {
            using (var stream = File.Create(temporary))
            {
                WriteTo(package, stream);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return new FileInfo(fullPath).Length;
    }

    /// <summary>Writes the zip to a stream.</summary>
    /// <param name="package">The validated package.</param>
    /// <param name="destination">A writable stream; left open.</param>
    public static void WriteTo(TeamsPackage package, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(destination);
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var file in package.Files)
        {
            var entry = zip.CreateEntry(file.Name, CompressionLevel.Optimal);
            entry.LastWriteTime = FixedTimestamp;
            using var content = entry.Open();
            content.Write(file.Content.Span);
        }
    }
}
