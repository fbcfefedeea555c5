using ComplaintBot.Evidence.Content;
using ComplaintBot.Evidence.Tests.Infrastructure;

namespace ComplaintBot.Evidence.Tests.Content;

public sealed class StagedContentTests
{
    private const long Cap = 20 * 1024 * 1024;

    [Fact]
    public async Task CopyAsync_File_StagedReadableByThisUserOnlyAndDeletedOnDispose()
    {
        var staged = await StagedContent.CopyAsync(new MemoryStream(TestFiles.Jpeg(1024 * 1024)), Cap, CancellationToken.None);
        var path = staged.TemporaryPath;

        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        await staged.DisposeAsync();
        Assert.False(File.Exists(path));
    }
}
