using ComplaintBot.Dialogs.Evidence;
using System.Diagnostics;
using ComplaintBot.Evidence.Refusals;
using ComplaintBot.Evidence.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ComplaintBot.Evidence.Tests;

public sealed class EvidenceIntakeLimitTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int MiB = 1024 * 1024;

    private LocalFileServer server = null!;

    public async Task InitializeAsync() => server = await LocalFileServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AcceptAsync_25MegabyteFile_RefusedAsTooLargeWithTheMessage(bool sendLength)
    {
        var url = server.Serve("/big.jpg", TestFiles.Jpeg(25 * MiB), "image/jpeg", sendLength);
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var zh = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "big.jpg")));
        var en = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "big.jpg"), locale: "en-US"));

        Assert.Equal(EvidenceRefusalCodes.TooLarge, zh.RefusalCode);
        Assert.Equal("这个文件超过 20 MB，请压缩后重新发送。", zh.RefusalMessage);
        Assert.Equal("This file is larger than 20 MB. Please compress it and send it again.", en.RefusalMessage);
        Assert.Empty(await harness.Store.ListAsync(IntakeHarness.ComplaintId, CancellationToken.None));
    }

    [Fact]
    public void Limits_AreTheConfiguredOnes()
    {
        using var harness = new IntakeHarness(new Dictionary<string, string?> { ["Evidence:MaxFilesPerComplaint"] = "7", ["Evidence:MaxFileBytes"] = "1000", ["Evidence:MaxComplaintBytes"] = "5000" });

        Assert.Equal(new EvidenceLimits(7, 1000, 5000), harness.Intake.Limits);
    }

    [Fact]
    public async Task AcceptAllAsync_FilesSentTogetherAtTheTotalLimit_AcceptedUntilTheTotalThenRefused()
    {
        // Three 3,000-byte files against a 7,000-byte total: too close to the limit to take in together.
        var urls = Enumerable.Range(0, 3).Select(i => server.Serve($"/t{i}.jpg", TestFiles.Jpeg(3000, seed: 40 + i), "image/jpeg")).ToList();
        var settings = IntakeHarness.AllowLoopback();
        settings["Evidence:MaxComplaintBytes"] = "7000";
        settings["Evidence:MaxFileBytes"] = "4000";
        using var harness = new IntakeHarness(settings);

        var results = await EvidenceBatch.AcceptAllAsync(harness.Intake, [.. urls.Select(url => IntakeHarness.Request(IntakeHarness.File(url)))], CancellationToken.None);

        Assert.Equal([true, true, false], results.Select(r => r.IsAccepted));
        Assert.Equal(EvidenceRefusalCodes.TotalTooLarge, results[2].RefusalCode);
        Assert.Equal(2, (await harness.Store.ListAsync(IntakeHarness.ComplaintId, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AcceptAllAsync_FilesSentTogetherFarFromTheLimits_AllAcceptedInOrder()
    {
        var files = Enumerable.Range(0, 4).Select(i => TestFiles.Jpeg(3000, seed: 50 + i)).ToList();
        var urls = files.Select((bytes, i) => server.Serve($"/f{i}.jpg", bytes, "image/jpeg")).ToList();
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var results = await EvidenceBatch.AcceptAllAsync(harness.Intake, [.. urls.Select(url => IntakeHarness.Request(IntakeHarness.File(url)))], CancellationToken.None);

        Assert.Equal(files.Select(TestFiles.Sha256), results.Select(r => r.Item!.Sha256));
    }

    [Fact]
    public async Task AcceptAsync_25MegabyteDataUri_RefusedBeforeDecoding()
    {
        var attachment = IntakeHarness.File("data:image/jpeg;base64," + Convert.ToBase64String(TestFiles.Jpeg(25 * MiB)));
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(attachment));

        Assert.Equal(EvidenceRefusalCodes.TooLarge, result.RefusalCode);
    }

    [Fact]
    public async Task AcceptAsync_ComplaintAlreadyHasTwentyFiles_RefusedAsTooManyFilesWithoutDownloading()
    {
        var url = server.Serve("/21.jpg", TestFiles.Jpeg(), "image/jpeg");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url), filesAccepted: 20, locale: "en-US"));

        Assert.Equal(EvidenceRefusalCodes.TooManyFiles, result.RefusalCode);
        Assert.Equal("A complaint can have at most 20 files, so this one was not saved. The files already received are kept.", result.RefusalMessage);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AcceptAsync_FileTakingComplaintOverItsTotal_RefusedAsTotalTooLarge()
    {
        var url = server.Serve("/last.jpg", TestFiles.Jpeg(2 * MiB), "image/jpeg");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url), filesAccepted: 6, bytesAccepted: 99L * MiB));

        Assert.Equal(EvidenceRefusalCodes.TotalTooLarge, result.RefusalCode);
        Assert.Equal("一个投诉的文件合计不能超过 100 MB，这个文件没有保存。请压缩后重新发送，或只发送最重要的文件。", result.RefusalMessage);
    }

    [Fact]
    public async Task AcceptAsync_FileJustFittingTheTotal_IsAccepted()
    {
        var jpeg = TestFiles.Jpeg(MiB);
        var url = server.Serve("/fits.jpg", jpeg, "image/jpeg");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url), filesAccepted: 6, bytesAccepted: 99L * MiB));

        Assert.True(result.IsAccepted, result.RefusalCode);
    }

    [Fact]
    public async Task AcceptAsync_EmptyFile_RefusedAsEmpty()
    {
        var url = server.Serve("/empty.jpg", [], "image/jpeg");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url)));

        Assert.Equal(EvidenceRefusalCodes.Empty, result.RefusalCode);
    }

    [Fact]
    public async Task AcceptAsync_FiveFilesAtOnceForOneComplaint_AllStored()
    {
        var files = Enumerable.Range(1, 5).Select(i => TestFiles.Jpeg(200_000 + i, seed: i)).ToList();
        var urls = files.Select((f, i) => server.Serve($"/five/{i}.jpg", f, "image/jpeg")).ToList();
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var results = await Task.WhenAll(urls.Select(u => harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(u)))));

        Assert.All(results, r => Assert.True(r.IsAccepted, r.RefusalCode));
        var stored = await harness.Store.ListAsync(IntakeHarness.ComplaintId, CancellationToken.None);
        Assert.Equal(files.Select(TestFiles.Sha256).Order(), stored.Order());
    }

    [Fact]
    public async Task AcceptAsync_FiveFilesAtOnceWithRoomForThree_ExactlyThreeAccepted()
    {
        var urls = Enumerable.Range(1, 5).Select(i => server.Serve($"/room/{i}.jpg", TestFiles.Jpeg(10_000, seed: i), "image/jpeg")).ToList();
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback(("Evidence:MaxFilesPerComplaint", "3")));

        var results = await Task.WhenAll(urls.Select(u => harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(u)))));

        Assert.Equal(3, results.Count(r => r.IsAccepted));
        Assert.All(results.Where(r => !r.IsAccepted), r => Assert.Equal(EvidenceRefusalCodes.TooManyFiles, r.RefusalCode));
    }

    [Fact]
    public async Task AcceptAsync_TenMegabyteFile_AcceptedAndTimed()
    {
        var jpeg = TestFiles.Jpeg(10 * MiB);
        var url = server.Serve("/ten.jpg", jpeg, "image/jpeg");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());
        await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Serve("/warm.jpg", TestFiles.Jpeg(), "image/jpeg")), complaintId: "warm-up"));

        var clock = Stopwatch.StartNew();
        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url)));
        clock.Stop();

        Assert.Equal(TestFiles.Sha256(jpeg), result.Item?.Sha256);
        output.WriteLine($"Accepted a 10 MB file from the local server in {clock.ElapsedMilliseconds} ms (download, sniff, SHA-256, store).");
    }
}
