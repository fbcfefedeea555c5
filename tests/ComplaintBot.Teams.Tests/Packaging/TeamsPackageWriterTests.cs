using System.IO.Compression;
using ComplaintBot.Teams.Packager.Packaging;
using ComplaintBot.Teams.Tests.Support;

namespace ComplaintBot.Teams.Tests.Packaging;

public sealed class TeamsPackageWriterTests
{
    [Fact]
    public void Write_Package_IsAFlatZipOfTheFilesInOrder()
    {
        using var temp = new TemporaryDirectory();
        var path = temp.File("out/complaintbot.zip");

        var size = TeamsPackageWriter.Write(TeamsPackageBuilder.Build(TestSettings.Valid()), path);

        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["manifest.json", "color.png", "outline.png", "en-US.json"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(new FileInfo(path).Length, size);
        Assert.InRange(size, 1_000, 50_000);
    }

    [Fact]
    public void Write_EntryContents_MatchThePackage()
    {
        using var temp = new TemporaryDirectory();
        var package = TeamsPackageBuilder.Build(TestSettings.Valid());
        var path = temp.File("complaintbot.zip");

        TeamsPackageWriter.Write(package, path);

        using var zip = ZipFile.OpenRead(path);
        foreach (var file in package.Files)
        {
            using var entry = zip.GetEntry(file.Name)!.Open();
            using var copy = new MemoryStream();
            entry.CopyTo(copy);
            Assert.Equal(file.Content.ToArray(), copy.ToArray());
        }
    }

    [Fact]
    public void Write_SameSettingsTwice_GivesIdenticalZips()
    {
        using var temp = new TemporaryDirectory();

        TeamsPackageWriter.Write(TeamsPackageBuilder.Build(TestSettings.Valid()), temp.File("a.zip"));
        TeamsPackageWriter.Write(TeamsPackageBuilder.Build(TestSettings.Valid()), temp.File("b.zip"));

        Assert.Equal(File.ReadAllBytes(temp.File("a.zip")), File.ReadAllBytes(temp.File("b.zip")));
    }

    [Fact]
    public void Write_ExistingFile_IsReplacedAndNoPartialFileRemains()
    {
        using var temp = new TemporaryDirectory();
        var path = temp.File("complaintbot.zip");
        File.WriteAllText(path, "old");

        TeamsPackageWriter.Write(TeamsPackageBuilder.Build(TestSettings.Valid()), path);

        using (var zip = ZipFile.OpenRead(path))
        {
            Assert.Equal(4, zip.Entries.Count);
        }

        Assert.Equal(["complaintbot.zip"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
    }
}
