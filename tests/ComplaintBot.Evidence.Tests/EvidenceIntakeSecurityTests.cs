using ComplaintBot.Evidence.Network;
using ComplaintBot.Evidence.Refusals;
using ComplaintBot.Evidence.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace ComplaintBot.Evidence.Tests;

/// <summary>
/// Server-side request forgery and disguised content. None of these tests lets the bot connect anywhere but the
/// loopback test server: the private addresses below are refused before any connection is attempted.
/// </summary>
public sealed class EvidenceIntakeSecurityTests : IAsyncLifetime
{
    private LocalFileServer server = null!;

    public async Task InitializeAsync() => server = await LocalFileServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AcceptAsync_LoopbackWithoutAllowance_RefusedBeforeConnecting()
    {
        var url = server.Serve("/x.jpg", TestFiles.Jpeg(), "image/jpeg");
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url)));

        Assert.Equal(EvidenceRefusalCodes.BlockedAddress, result.RefusalCode);
        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData("http://127.0.0.1/a.jpg")]
    [InlineData("http://[::1]/a.jpg")]
    [InlineData("http://10.0.0.1/a.jpg")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::ffff:169.254.169.254]/latest/meta-data/")]
    [InlineData("http://192.168.1.1/a.jpg")]
    [InlineData("http://172.16.5.4/a.jpg")]
    [InlineData("http://100.64.0.1/a.jpg")]
    [InlineData("http://[fd00::1]/a.jpg")]
    [InlineData("http://[fe80::1]/a.jpg")]
    [InlineData("http://0.0.0.0/a.jpg")]
    [InlineData("http://2130706433/a.jpg")]
    public async Task AcceptAsync_PrivateAddressLiteral_RefusedAsBlockedAddress(string url)
    {
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url), locale: "en-US"));

        Assert.Equal(EvidenceRefusalCodes.BlockedAddress, result.RefusalCode);
        Assert.Equal("For security reasons, files cannot be downloaded from this address. Please upload the file directly in the chat.", result.RefusalMessage);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("169.254.169.254")]
    [InlineData("::1")]
    public async Task AcceptAsync_PublicNameResolvingToPrivateAddress_RefusedAsBlockedAddress(string address)
    {
        using var harness = new IntakeHarness();
        harness.Resolver.Add("files.shop.example", address);

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File("https://files.shop.example/a.jpg")));

        Assert.Equal(EvidenceRefusalCodes.BlockedAddress, result.RefusalCode);
    }

    [Fact]
    public async Task AcceptAsync_NameWithOnePrivateAnswerAmongPublicOnes_RefusedAsBlockedAddress()
    {
        using var harness = new IntakeHarness();
        harness.Resolver.Add("mixed.shop.example", "203.0.113.7", "10.0.0.8");

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File("https://mixed.shop.example/a.jpg")));

        Assert.Equal(EvidenceRefusalCodes.BlockedAddress, result.RefusalCode);
    }

    [Theory]
    [InlineData("http://10.0.0.1/a.jpg")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://internal.shop.example/a.jpg")]
    public async Task AcceptAsync_RedirectToPrivateAddress_RefusedAsBlockedAddress(string target)
    {
        server.Map("/redirect", context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = target;
            return Task.CompletedTask;
        });
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());
        harness.Resolver.Add("internal.shop.example", "192.168.0.10");

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/redirect"))));

        Assert.Equal(EvidenceRefusalCodes.BlockedAddress, result.RefusalCode);
        Assert.Equal(1, server.CountRequests("/redirect"));
    }

    [Fact]
    public async Task AcceptAsync_RedirectWithinAllowedHost_IsFollowed()
    {
        var jpeg = TestFiles.Jpeg();
        server.Serve("/final.jpg", jpeg, "image/jpeg");
        server.Map("/moved", context =>
        {
            context.Response.StatusCode = StatusCodes.Status307TemporaryRedirect;
            context.Response.Headers.Location = "/final.jpg";
            return Task.CompletedTask;
        });
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/moved"))));

        Assert.Equal(TestFiles.Sha256(jpeg), result.Item?.Sha256);
    }

    [Fact]
    public async Task AcceptAsync_EndlessRedirects_StopAfterTheLimit()
    {
        server.Map("/loop", context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = "/loop";
            return Task.CompletedTask;
        });
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/loop"))));

        Assert.Equal(EvidenceRefusalCodes.Unreachable, result.RefusalCode);
        Assert.Equal(4, server.CountRequests("/loop"));
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://files.shop.example/a.jpg")]
    [InlineData("gopher://files.shop.example/a")]
    [InlineData("not a url")]
    public async Task AcceptAsync_SchemeOtherThanHttpAndData_RefusedAsUnsupportedSource(string url)
    {
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url)));

        Assert.Equal(EvidenceRefusalCodes.UnsupportedSource, result.RefusalCode);
    }

    [Fact]
    public async Task AcceptAsync_NameResolvedOnce_ConnectionUsesTheCheckedAddress()
    {
        var jpeg = TestFiles.Jpeg();
        var url = server.Serve("/pinned.jpg", jpeg, "image/jpeg");
        using var harness = new IntakeHarness(new Dictionary<string, string?> { ["Evidence:AllowedHosts:0"] = "cdn.shop.test" });
        harness.Resolver.Add("cdn.shop.test", "127.0.0.1");

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File($"http://cdn.shop.test:{server.BaseUri.Port}/pinned.jpg")));

        Assert.True(result.IsAccepted, result.RefusalCode);
        Assert.Equal(1, harness.Resolver.Calls);
    }

    [Fact]
    public async Task GuardedConnector_RequestWithoutCheckedAddresses_RefusesLoopbackItself()
    {
        var url = server.Serve("/direct.jpg", TestFiles.Jpeg(), "image/jpeg");
        using var handler = new SocketsHttpHandler { ConnectCallback = new GuardedConnector(new HostGuard(new FakeHostResolver())).ConnectAsync };
        using var client = new HttpClient(handler);

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(new Uri(url)));

        Assert.IsType<EvidenceRefusedException>(ex.InnerException);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task AcceptAsync_HtmlNamedJpeg_RefusedAsDisguised()
    {
        var url = server.Serve("/photo.jpg", TestFiles.Html, "image/jpeg");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "photo.jpg", "image/jpeg")));

        Assert.Equal(EvidenceRefusalCodes.Disguised, result.RefusalCode);
        Assert.Equal("这个文件的内容与它的名称或类型不符（例如网页被命名为图片），因此没有保存。请发送原始文件。", result.RefusalMessage);
        Assert.Empty(await harness.Store.ListAsync(IntakeHarness.ComplaintId, CancellationToken.None));
    }

    [Fact]
    public async Task AcceptAsync_HtmlDeclaredAsHtml_RefusedAsTypeNotAllowed()
    {
        var url = server.Serve("/page.html", TestFiles.Html, "text/html");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "page.html", "text/html")));

        Assert.Equal(EvidenceRefusalCodes.TypeNotAllowed, result.RefusalCode);
    }

    [Fact]
    public async Task AcceptAsync_PngDeclaredAsJpeg_AcceptedWithTheSniffedType()
    {
        var url = server.Serve("/really-png.jpg", TestFiles.Png(), "image/jpeg");
        using var harness = new IntakeHarness(IntakeHarness.AllowLoopback());

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, "really-png.jpg", "image/jpeg")));

        Assert.Equal("image/png", result.Item?.ContentType);
    }
}
