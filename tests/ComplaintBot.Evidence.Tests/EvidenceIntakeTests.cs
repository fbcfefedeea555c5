using System.Text;
using ComplaintBot.Domain.Complaints;
using ComplaintBot.Evidence.Content;
using ComplaintBot.Evidence.Refusals;
using ComplaintBot.Evidence.Sources;
using ComplaintBot.Evidence.Tests.Infrastructure;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace ComplaintBot.Evidence.Tests;

public sealed class EvidenceIntakeTests : IAsyncLifetime
{
    private LocalFileServer server = null!;

    public async Task InitializeAsync() => server = await LocalFileServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AcceptAsync_ImageFromAllowedHost_StoresOriginalBytesUnderTheirHash()
    {
        var jpeg = TestFiles.Jpeg(50_000);
        var url = server.Serve("/files/photo.jpg", jpeg, "image/jpeg");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 5, 1, 8, 30, 0, TimeSpan.Zero));
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback(), time: time);

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "破损照片.jpg")));

        Assert.True(result.IsAccepted, result.RefusalCode);
        var item = result.Item!;
        Assert.Equal(TestFiles.Sha256(jpeg), item.Sha256);
        Assert.Equal("破损照片.jpg", item.Name);
        Assert.Equal("image/jpeg", item.ContentType);
        Assert.Equal(jpeg.Length, item.SizeBytes);
        Assert.Equal(EvidenceKind.Photo, item.Kind);
        Assert.Equal(time.GetUtcNow(), item.ReceivedAt);
        await using var stored = await harness.Store.OpenReadAsync(IntakeHarness.ComplaintId, item.Sha256!, CancellationToken.None);
        using var copy = new MemoryStream();
        await stored!.CopyToAsync(copy);
        Assert.Equal(jpeg, copy.ToArray());
    }

    [Fact]
    public async Task AcceptAsync_HostOfTheActivitysServiceUrl_IsAllowedLikeTheEmulator()
    {
        var png = TestFiles.Png();
        var url = server.Serve("/v3/attachments/1/views/original", png, "image/png");
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "shot.png", "image/png"), "emulator", server.BaseUri.ToString()));

        Assert.True(result.IsAccepted, result.RefusalCode);
        Assert.Equal("image/png", result.Item!.ContentType);
    }

    [Fact]
    public async Task AcceptAsync_OtherPortOfTheServiceUrlsLoopbackHost_IsRefusedAsBlocked()
    {
        var png = TestFiles.Png();
        var url = server.Serve("/v3/attachments/2/views/original", png, "image/png");
        using var harness = new IntakeHarness();

        // The activity claims a service on the same loopback host but another port: that is not where the file is.
        var elsewhere = new UriBuilder(server.BaseUri) { Port = server.BaseUri.Port == 1 ? 2 : 1 }.Uri.ToString();
        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "shot.png", "image/png"), "emulator", elsewhere));

        Assert.False(result.IsAccepted);
        Assert.Equal(EvidenceRefusalCodes.BlockedAddress, result.RefusalCode);
    }

    [Fact]
    public async Task AcceptAsync_Base64DataUri_IsDecodedHashedAndStored()
    {
        var png = TestFiles.Png(300);
        var attachment = new Attachment { ContentType = "image/png", ContentUrl = "data:image/png;base64," + Convert.ToBase64String(png), Name = "paste.png" };
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(attachment, "webchat"));

        Assert.True(result.IsAccepted, result.RefusalCode);
        Assert.Equal(TestFiles.Sha256(png), result.Item!.Sha256);
        Assert.Equal(png.Length, result.Item.SizeBytes);
        Assert.Contains(result.Item.Sha256!, await harness.Store.ListAsync(IntakeHarness.ComplaintId, CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_DataUriWithoutName_GetsANameFromTheHash()
    {
        var text = TestFiles.Text;
        var attachment = new Attachment { ContentType = "text/plain", ContentUrl = "data:text/plain;charset=utf-8;base64," + Convert.ToBase64String(text) };
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(attachment));

        Assert.True(result.IsAccepted, result.RefusalCode);
        Assert.Equal("evidence-" + TestFiles.Sha256(text)[..8] + ".txt", result.Item!.Name);
        Assert.Equal(EvidenceContentTypes.PlainText, result.Item.ContentType);
    }

    [Fact]
    public async Task AcceptAsync_BrokenDataUri_RefusedAsBadDataUri()
    {
        var attachment = new Attachment { ContentType = "image/png", ContentUrl = "data:image/png;base64,***not base64***" };
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(attachment, locale: "en-US"));

        Assert.Equal(EvidenceRefusalCodes.BadDataUri, result.RefusalCode);
        Assert.Equal("The embedded file data could not be read. Please send the file again as an attachment.", result.RefusalMessage);
    }

    [Fact]
    public async Task AcceptAsync_TeamsDownloadInfo_FetchesDownloadUrlWithoutTheBotToken()
    {
        var pdf = TestFiles.Pdf();
        var url = server.Serve("/personal/drive/items/abc", pdf, "application/octet-stream");
        var attachment = new Attachment
        {
            ContentType = TeamsContentTypes.FileDownloadInfo,
            Name = "电子发票.pdf",
            ContentUrl = "https://contoso-my.sharepoint.com/personal/user/Documents/电子发票.pdf",
            Content = JObject.FromObject(new { downloadUrl = url, uniqueId = "1", fileType = "pdf", etag = "x" }),
        };
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback(), tokens: new FakeTokenProvider("secret-token"));

        var result = await harness.AcceptAsync(IntakeHarness.Request(attachment, "msteams", "https://smba.trafficmanager.net/amer/"));

        Assert.True(result.IsAccepted, result.RefusalCode);
        Assert.Equal(EvidenceKind.Receipt, result.Item!.Kind);
        Assert.Equal(EvidenceContentTypes.Pdf, result.Item.ContentType);
        var served = Assert.Single(server.Requests);
        Assert.Equal(string.Empty, served.Authorization);
    }

    [Fact]
    public async Task AcceptAsync_TeamsInlineImageOnTheServiceHost_SendsTheBotToken()
    {
        var url = server.Serve("/amer/v3/attachments/0-abc/views/original", TestFiles.Png(), "image/png");
        using var harness = new IntakeHarness(tokens: new FakeTokenProvider("bot-token"));

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, null, "image/*"), "msteams", server.Url("/amer/")));

        Assert.True(result.IsAccepted, result.RefusalCode);
        Assert.Equal("Bearer bot-token", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task AcceptAsync_ImageOnAnotherHost_NeverSendsTheBotToken()
    {
        var url = server.Serve("/img.png", TestFiles.Png(), "image/png");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback(), tokens: new FakeTokenProvider("bot-token"));

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "img.png", "image/png"), "msteams", "https://smba.trafficmanager.net/amer/"));

        Assert.True(result.IsAccepted, result.RefusalCode);
        Assert.Equal(string.Empty, Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task AcceptAsync_TeamsHtmlBodyCopy_IsNotEvidence()
    {
        var attachment = new Attachment { ContentType = "text/html", Content = "<div>我的订单有问题</div>" };
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(attachment, "msteams"));

        Assert.Equal(EvidenceRefusalCodes.UnsupportedSource, result.RefusalCode);
        Assert.False(EvidenceAttachmentFilter.IsCandidate(attachment));
    }

    [Theory]
    [InlineData("物流截图.png", EvidenceKind.Logistics)]
    [InlineData("chat-with-seller.png", EvidenceKind.Chat)]
    [InlineData("IMG_2041.png", EvidenceKind.Photo)]
    public async Task AcceptAsync_NameHints_SetTheKind(string name, EvidenceKind expected)
    {
        var url = server.Serve("/k/" + Guid.NewGuid().ToString("N"), TestFiles.Png(), "image/png");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, name, "image/png")));

        Assert.Equal(expected, result.Item?.Kind);
    }

    [Fact]
    public async Task AcceptAsync_Accepted_LogsNeitherTheNameNorTheUrl()
    {
        var url = server.Serve("/secret-path/file.jpg", TestFiles.Jpeg(), "image/jpeg");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url + "?token=abc", "王小明身份证.jpg")));

        Assert.True(result.IsAccepted, result.RefusalCode);
        var everything = string.Join("\n", harness.Logs.Entries.Select(e => e.Message + string.Join(",", e.Values.Values)));
        Assert.Contains(result.Item!.Sha256![..12], everything, StringComparison.Ordinal);
        Assert.DoesNotContain("王小明", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-path", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("token=abc", everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAsync_Complaint_RemovesItsFiles()
    {
        var url = server.Serve("/d.jpg", TestFiles.Jpeg(), "image/jpeg");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());
        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url)));

        await harness.Intake.DeleteAsync(IntakeHarness.ComplaintId, CancellationToken.None);

        Assert.Empty(await harness.Store.ListAsync(IntakeHarness.ComplaintId, CancellationToken.None));
        Assert.Null(await harness.Store.OpenReadAsync(IntakeHarness.ComplaintId, result.Item!.Sha256!, CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_ChineseLocale_RefusalIsInChinese()
    {
        var attachment = new Attachment { ContentType = "image/png", ContentUrl = "ftp://example.com/a.png" };
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(attachment, locale: "zh-cn"));

        Assert.Equal(EvidenceRefusalCodes.UnsupportedSource, result.RefusalCode);
        Assert.Equal("无法读取这个附件，请以图片或文件的形式上传。", result.RefusalMessage);
    }

    [Fact]
    public async Task AcceptAsync_UnknownTypeHiddenInPlainBytes_RefusedAsTypeNotAllowed()
    {
        var zip = Encoding.ASCII.GetBytes("PK\u0003\u0004").Concat(new byte[200]).ToArray();
        var url = server.Serve("/a.zip", zip, "application/zip");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "archive.zip", "application/zip")));

        Assert.Equal(EvidenceRefusalCodes.TypeNotAllowed, result.RefusalCode);
    }
}
