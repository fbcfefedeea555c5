using System.Net;
using ComplaintBot.Evidence.Refusals;
using ComplaintBot.Evidence.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace ComplaintBot.Evidence.Tests.Network;

/// <summary>
/// Which downloads share a TCP connection. Exempt ones (the activity's service host) keep theirs open for the next
/// exempt download; a checked request must never ride a connection opened under an exemption. The rebinding tests
/// give a name a loopback answer while it is exempt and a public one afterwards: only a shared pool could still
/// take the checked request to the loopback server, so the server's request log tells which pool was used.
/// </summary>
public sealed class DownloadConnectionPoolTests : IAsyncLifetime
{
    private const string RebindingHost = "files.shop.test";
    private const string PublicAddress = "203.0.113.7";

    private LocalFileServer server = null!;

    public async Task InitializeAsync() => server = await LocalFileServer.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task AcceptAsync_SeveralFilesFromTheServiceHost_ShareOneConnection()
    {
        using var harness = new IntakeHarness();

        for (var i = 0; i < 3; i++)
        {
            var url = server.Serve($"/upload{i}.png", TestFiles.Png(seed: 10 + i), "image/png");
            var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(url, $"upload{i}.png", "image/png"), serviceUrl: server.BaseUri.ToString(), filesAccepted: i));
            Assert.True(result.IsAccepted, result.RefusalCode);
        }

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task AcceptAsync_RedirectWithinTheServiceHost_StaysOnOneConnection()
    {
        var png = TestFiles.Png();
        server.Serve("/final.png", png, "image/png");
        server.Map("/moved", context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = "/final.png";
            return Task.CompletedTask;
        });
        using var harness = new IntakeHarness();

        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/moved"), "final.png", "image/png"), serviceUrl: server.BaseUri.ToString()));

        Assert.Equal(TestFiles.Sha256(png), result.Item?.Sha256);
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task AcceptAsync_CheckedRequestAfterAnExemptDownloadFromTheSameHost_NeverRidesTheExemptConnection()
    {
        using var harness = new IntakeHarness();
        await DownloadExemptFromRebindingHostAsync(harness);
        server.Serve("/second.jpg", TestFiles.Jpeg(seed: 7), "image/jpeg");

        // Another activity, another service host: the same name is no longer exempt, and now answers publicly.
        harness.Resolver.Add(RebindingHost, PublicAddress);
        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(RebindingUrl("/second.jpg"))));

        Assert.Equal(EvidenceRefusalCodes.Unreachable, result.RefusalCode);
        Assert.Equal(0, server.CountRequests("/second.jpg"));
        Assert.Equal(IPAddress.Parse(PublicAddress), harness.Connections.Refused.FirstOrDefault());
        Assert.Equal(1, server.Connections);
    }

    [Fact]
    public async Task AcceptAsync_RedirectFromTheServiceHostToACheckedHost_LeavesTheExemptPool()
    {
        using var harness = new IntakeHarness();
        await DownloadExemptFromRebindingHostAsync(harness);
        server.Serve("/second.jpg", TestFiles.Jpeg(seed: 7), "image/jpeg");
        server.Map("/hop", context =>
        {
            context.Response.StatusCode = StatusCodes.Status302Found;
            context.Response.Headers.Location = RebindingUrl("/second.jpg");
            return Task.CompletedTask;
        });

        // The first hop is exempt (the service host); the second is not and must be sent through the checked client.
        harness.Resolver.Add(RebindingHost, PublicAddress);
        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(server.Url("/hop")), serviceUrl: server.BaseUri.ToString()));

        Assert.Equal(EvidenceRefusalCodes.Unreachable, result.RefusalCode);
        Assert.Equal(1, server.CountRequests("/hop"));
        Assert.Equal(0, server.CountRequests("/second.jpg"));
        Assert.Equal(IPAddress.Parse(PublicAddress), harness.Connections.Refused.FirstOrDefault());
    }

    private string RebindingUrl(string path) => $"http://{RebindingHost}:{server.BaseUri.Port}{path}";

    /// <summary>Leaves an idle exempt connection to the rebinding name (on loopback) in the harness's pools.</summary>
    private async Task DownloadExemptFromRebindingHostAsync(IntakeHarness harness)
    {
        server.Serve("/first.jpg", TestFiles.Jpeg(), "image/jpeg");
        harness.Resolver.Add(RebindingHost, "127.0.0.1");
        var result = await harness.AcceptAsync(IntakeHarness.Request(IntakeHarness.File(RebindingUrl("/first.jpg")), serviceUrl: RebindingUrl("/")));
        Assert.True(result.IsAccepted, result.RefusalCode);
        Assert.Equal(1, server.Connections);
    }
}
